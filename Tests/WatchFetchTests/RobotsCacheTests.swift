import Foundation
import Synchronization
import Testing
import WatchCore
import WatchFetch
import WatchTesting

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
}
