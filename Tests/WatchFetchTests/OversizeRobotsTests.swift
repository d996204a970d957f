import Foundation
import Testing
import WatchCore
import WatchFetch
import WatchTesting

/// A robots.txt over RFC 9309's 500 KiB: its first 500 KiB are parsed, the host is not deferred.
@Suite struct OversizeRobotsTests {
    /// A file of about 700 KiB whose rules sit at its start, padded with comments.
    static let robots =
        "User-agent: *\nDisallow: /private/\n"
        + String(repeating: "# padding line to make this file far larger than RFC 9309's limit\n", count: 11_000)
        + "Disallow: /after-the-cap/\n"

    @Test func theFirst500KiBAreParsedAndTheRestIgnored() async throws {
        #expect(Self.robots.utf8.count > 600 * 1024)
        let server = try LoopbackHTTPServer { request in
            request.path == "/robots.txt"
                ? .text(Self.robots, contentType: "text/plain") : .text("<p>\(request.path)</p>")
        }
        defer { server.stop() }
        let fetcher = makeFetcher()
        let source = testSource(robots: true)

        let allowed = await fetcher.fetch(url: server.baseURL + "/news/1", source: source)
        let refused = await fetcher.fetch(url: server.baseURL + "/private/2", source: source)
        let beyondCap = await fetcher.fetch(url: server.baseURL + "/after-the-cap/3", source: source)

        #expect(allowed.response?.status == 200)
        #expect(refused.error?.isRobotsDisallowed == true)
        #expect(beyondCap.response?.status == 200) // that rule lies past the first 500 KiB
        #expect(server.requests.map(\.path) == ["/robots.txt", "/news/1", "/after-the-cap/3"])
    }
}
