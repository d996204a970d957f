import Foundation
import Synchronization
import Testing
import WatchCore
import WatchTesting

@testable import WatchFetch

/// One robots.txt per host, fetched once; each crawler gets the groups that name it.
@Suite struct RobotsCacheTests {
    static let robots = """
        User-agent: bureauwatch
        Disallow: /private
        Crawl-delay: 2

        User-agent: *
        Disallow: /
        """

    @Test func eachUserAgentGetsItsOwnGroupsFromOneFetch() async {
        let cache = RobotsCache(clock: ManualClock())
        let fetches = Mutex(0)
        let load: RobotsCache.Loader = { url in
            fetches.withLock { $0 += 1 }
            return .success(HTTPResponse(status: 200, finalURL: url, body: Array(Self.robots.utf8)))
        }
        let site = "http://gd.spb.gov.cn"
        let ours = "bureauwatch/0.1"
        #expect(
            await cache.verdict(for: site + "/news/1.html", userAgent: ours, load: load)
                == .allowed(crawlDelay: .seconds(2)))
        #expect(await cache.verdict(for: site + "/private/2.html", userAgent: ours, load: load) == .disallowed)
        #expect(await cache.verdict(for: site + "/news/1.html", userAgent: "otherbot/2", load: load) == .disallowed)
        #expect(
            await cache.verdict(for: site + "/news/3.html", userAgent: ours, load: load)
                == .allowed(crawlDelay: .seconds(2)))
        #expect(fetches.withLock { $0 } == 1)
    }

    /// A poll stopped while its host's robots.txt hangs (SIGTERM) returns at once instead of
    /// waiting for the fetch to time out; the fetch goes on and the other askers get its rules.
    @Test func aCancelledAskerStopsWaitingAndTheOthersGetTheFetch() async {
        let cache = RobotsCache(clock: ManualClock())
        let (answer, release) = AsyncStream<Void>.makeStream()
        let fetches = Mutex(0)
        let load: RobotsCache.Loader = { url in
            fetches.withLock { $0 += 1 }
            for await _ in answer { break } // hangs until the test releases it
            return .success(HTTPResponse(status: 200, finalURL: url, body: Array(Self.robots.utf8)))
        }
        let site = "http://gd.spb.gov.cn"
        let patient = Task { await cache.verdict(for: site + "/private/1.html", userAgent: "bureauwatch", load: load) }
        let stopped = Task { await cache.verdict(for: site + "/news/2.html", userAgent: "bureauwatch", load: load) }
        // Cancelled while it waits (not before it asks): the path a SIGTERM takes.
        let deadline = ContinuousClock.now + .seconds(10)
        while await cache.waitingAskers(of: site) < 2, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(1))
        }
        #expect(await cache.waitingAskers(of: site) == 2, "both askers wait for the one fetch")
        stopped.cancel()
        // Returns with robots.txt still unanswered (the old cache waited for the fetch's end).
        guard case .deferred(let error)? = await TaskDeadline.value(of: stopped, within: .seconds(10)) else {
            Issue.record("a cancelled asker did not return within 10 s, or got a verdict from robots.txt")
            release.yield()
            return
        }
        #expect(error.kind == .cancelled)
        release.yield()
        #expect(await patient.value == .disallowed)
        #expect(
            await cache.verdict(for: site + "/news/3.html", userAgent: "bureauwatch", load: load)
                == .allowed(crawlDelay: .seconds(2)))
        #expect(fetches.withLock { $0 } == 1, "one fetch for the three askers")
    }
}
