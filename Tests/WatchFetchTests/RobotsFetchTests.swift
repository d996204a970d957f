import Foundation
import Testing
import WatchCore
import WatchFetch
import WatchTesting

/// robots.txt as the fetcher meets it on a real server.
@Suite struct RobotsFetchTests {
    static let robots = """
        User-agent: *
        Disallow: /

        User-agent: BureauWatch
        Disallow: /private
        Allow: /private/public-notices
        Crawl-delay: 0.4
        """

    func server(robots: ServerReply) throws -> LoopbackHTTPServer {
        try LoopbackHTTPServer { request in
            request.path == "/robots.txt" ? robots : .text("<p>\(request.path)</p>")
        }
    }

    @Test func disallowedURLIsNeverRequested() async throws {
        let server = try server(robots: .text(Self.robots, contentType: "text/plain"))
        defer { server.stop() }
        let fetcher = makeFetcher()
        let source = testSource(robots: true)
        let refused = await fetcher.fetch(url: server.baseURL + "/private/list", source: source)
        #expect(refused.error?.kind == .robots)
        let allowed = await fetcher.fetch(url: server.baseURL + "/private/public-notices/1", source: source)
        #expect(allowed.response != nil)
        #expect(server.requests.map(\.path) == ["/robots.txt", "/private/public-notices/1"])
    }

    @Test func crawlDelayRaisesThePerHostDelay() async throws {
        let server = try server(robots: .text(Self.robots, contentType: "text/plain"))
        defer { server.stop() }
        let fetcher = makeFetcher()
        let source = testSource(robots: true, delay: .zero)
        for page in 0..<3 { _ = await fetcher.fetch(url: server.baseURL + "/news/\(page)", source: source) }
        // robots.txt comes first, before its Crawl-delay is known; the pages keep the delay.
        #expect(server.requests.map(\.path) == ["/robots.txt", "/news/0", "/news/1", "/news/2"])
        let gaps = arrivalGaps(Array(server.requests.dropFirst()))
        #expect(gaps.allSatisfy { $0 >= 0.4 }, "gaps: \(gaps)")
    }

    @Test func robotsIsFetchedOncePerHostAndCachedFor24Hours() async throws {
        let server = try server(robots: .text("User-agent: *\nDisallow: /x\n", contentType: "text/plain"))
        defer { server.stop() }
        let clock = ManualClock()
        let fetcher = makeFetcher(clock: clock)
        let source = testSource(robots: true)
        _ = await fetcher.fetch(url: server.baseURL + "/a", source: source)
        clock.advance(by: 23 * 3600)
        _ = await fetcher.fetch(url: server.baseURL + "/b", source: source)
        #expect(server.requests.filter { $0.path == "/robots.txt" }.count == 1)
        clock.advance(by: 2 * 3600)
        _ = await fetcher.fetch(url: server.baseURL + "/c", source: source)
        #expect(server.requests.filter { $0.path == "/robots.txt" }.count == 2)
    }

    @Test func concurrentFirstFetchesShareOneRobotsRequest() async throws {
        let server = try server(robots: .text("User-agent: *\nAllow: /\n", contentType: "text/plain"))
        defer { server.stop() }
        let fetcher = makeFetcher()
        let source = testSource(robots: true, concurrency: 4)
        await withTaskGroup(of: Void.self) { group in
            for page in 0..<4 {
                group.addTask { _ = await fetcher.fetch(url: server.baseURL + "/\(page)", source: source) }
            }
        }
        #expect(server.requests.filter { $0.path == "/robots.txt" }.count == 1)
        #expect(server.requests.count == 5)
    }

    @Test func missingRobotsAllowsEverything() async throws {
        let server = try server(robots: .text("not here", status: 404))
        defer { server.stop() }
        let outcome = await makeFetcher().fetch(url: server.baseURL + "/anything", source: testSource(robots: true))
        #expect(outcome.response != nil)
    }

    @Test func serverErrorOnRobotsDefersTheHost() async throws {
        let server = try server(robots: .text("oops", status: 503))
        defer { server.stop() }
        let outcome = await makeFetcher().fetch(url: server.baseURL + "/news", source: testSource(robots: true))
        #expect(outcome.error?.kind == .robots)
        #expect(outcome.error?.status == 503)
        #expect(!server.requests.contains { $0.path == "/news" })
    }

    @Test func optingOutSkipsRobots() async throws {
        let server = try server(robots: .text("User-agent: *\nDisallow: /\n", contentType: "text/plain"))
        defer { server.stop() }
        let outcome = await makeFetcher().fetch(url: server.baseURL + "/news", source: testSource(robots: false))
        #expect(outcome.response != nil)
        #expect(server.requests.map(\.path) == ["/news"])
    }
}
