import Foundation
import Testing
import WatchCore
import WatchPipeline
import WatchTesting

/// robots.txt skips, off-site article redirects, cookie-check redirects and recovery, end to
/// end through the poller on a real server, on each store.
@Suite struct FetchHygieneTests {
    static func rows(_ numbers: ClosedRange<Int>, under folder: String) -> [(path: String, title: String)] {
        numbers.map { ("\(folder)/a\($0).shtml", "关于第\($0)号邮政业务的公告") }
    }

    func serveArticles(_ numbers: ClosedRange<Int>, under folder: String, on harness: PipelineHarness) {
        for number in numbers {
            harness.site.set(
                "\(folder)/a\(number).shtml", Pages.article("关于第\(number)号邮政业务的公告", seed: 200 + UInt64(number)))
        }
    }

    @Test(arguments: PipelineStore.Kind.allCases)
    func aLinkRobotsDisallowsIsSkippedAndCountedAndTheListAnswers304Next(store: PipelineStore.Kind) async throws {
        let harness = try await PipelineHarness(store: store)
        defer { harness.stop() }
        harness.site.set("/robots.txt", "User-agent: *\nDisallow: /private/\n", contentType: "text/plain")
        harness.site.set(
            "/list.html", Pages.list(Self.rows(1...3, under: "/news") + Self.rows(4...4, under: "/private")))
        serveArticles(1...3, under: "/news", on: harness)
        let source = harness.source("/list.html", robots: true)

        let first = await harness.poller.poll(source)
        #expect(first.errors.isEmpty)
        #expect(first.robotsSkipped == 1)
        #expect(first.newArticles == 3)
        #expect(!harness.paths.contains("/private/a4.shtml"))
        let health = try #require(try await harness.store.sourceHealth().first)
        #expect(health.lastErrorKind == nil)
        #expect(health.robotsSkipped == 1)

        let second = await harness.poller.poll(source)
        #expect(second.errors.isEmpty)
        #expect(second.notModified >= 1)
        let listRequests = harness.server.requests.filter { $0.path == "/list.html" }
        #expect(listRequests.count == 2)
        #expect(listRequests.last?.header("If-None-Match") != nil)
    }

    @Test(arguments: PipelineStore.Kind.allCases)
    func anArticleRedirectToAnotherSiteIsNotFollowedNorPublished(store: PipelineStore.Kind) async throws {
        let harness = try await PipelineHarness(store: store)
        defer { harness.stop() }
        harness.site.set("/list.html", Pages.list(Self.rows(1...3, under: "/news")))
        serveArticles(1...1, under: "/news", on: harness)
        // A redirect on the site is followed as always.
        harness.site.set(
            "/news/a2.shtml", reply: .response(status: 301, headers: [("Location", "/news/moved/a2.shtml")]))
        harness.site.set("/news/moved/a2.shtml", Pages.article("关于第2号邮政业务的公告", seed: 202))
        // 127.0.0.1 and localhost are two sites. A field name's case is the server's to choose.
        let elsewhere = "http://localhost:\(harness.server.port)/ads/landing.html"
        harness.site.set("/news/a3.shtml", reply: .response(status: 302, headers: [("LOCATION", elsewhere)]))
        harness.site.set("/ads/landing.html", Pages.article("广告页面", seed: 999))

        let report = await harness.poller.poll(harness.source("/list.html"))

        #expect(report.newArticles == 2)
        #expect(!report.failed)
        let error = try #require(report.errors.first)
        #expect(error.hasPrefix("redirect:"))
        #expect(error.contains(elsewhere))
        #expect(try await harness.store.hasArticle(at: harness.server.baseURL + "/news/a3.shtml") == false)
        #expect(!harness.paths.contains("/ads/landing.html")) // refused before it was followed
        #expect(harness.paths.contains("/news/moved/a2.shtml"))
        #expect(try await harness.store.latestArticles(limit: 10).allSatisfy { $0.title != "广告页面" })
    }

    @Test(arguments: PipelineStore.Kind.allCases)
    func aCookieCheckRedirectLoopIsPassedWithTheCookie(store: PipelineStore.Kind) async throws {
        let harness = try await PipelineHarness(store: store)
        defer { harness.stop() }
        let site = harness.site
        site.set("/news/a1.shtml", Pages.article("关于第1号邮政业务的公告", seed: 301))
        site.set("/news/a2.shtml", Pages.article("关于第2号邮政业务的公告", seed: 302))
        site.set("/news/a3.shtml", Pages.article("关于第3号邮政业务的公告", seed: 303))
        let list = Pages.list(Self.rows(1...3, under: "/news"))
        let server = try LoopbackHTTPServer { request in
            guard request.path == "/list.html" else { return site.reply(request) }
            // The wall: without the cookie, set it and send the client back to the same page.
            if request.header("Cookie")?.contains("wzws_cid=ok") == true { return .text(list) }
            return .response(status: 302, headers: [("Set-Cookie", "wzws_cid=ok; Path=/"), ("Location", "/list.html")])
        }
        defer { server.stop() }
        var source = harness.source("/list.html")
        source.url = server.baseURL + "/list.html"

        let report = await harness.poller.poll(source)

        #expect(report.errors.isEmpty)
        #expect(report.newArticles == 3)
        #expect(server.requests.filter { $0.path == "/list.html" }.count == 2)
    }

    @Test(arguments: PipelineStore.Kind.allCases)
    func aCookieSetOnTheListIsSentOnItsArticlesAndForgottenAfterThePoll(store: PipelineStore.Kind) async throws {
        let harness = try await PipelineHarness(store: store)
        defer { harness.stop() }
        let list = Pages.list(Self.rows(1...3, under: "/news"))
        harness.site.set(
            "/list.html",
            reply: .response(
                status: 200,
                headers: [
                    ("Content-Type", "text/html; charset=utf-8"), ("Set-Cookie", "JSESSIONID=poll-1; Path=/"),
                ], body: Array(list.utf8)))
        serveArticles(1...3, under: "/news", on: harness)
        let source = harness.source("/list.html")

        #expect(await harness.poller.poll(source).newArticles == 3)
        let articles = harness.server.requests.filter { $0.path.hasPrefix("/news/") }
        #expect(articles.count == 3)
        #expect(articles.allSatisfy { $0.header("Cookie") == "JSESSIONID=poll-1" })

        // The next poll starts with an empty jar.
        let before = harness.server.requests.count
        _ = await harness.poller.poll(source)
        let nextList = try #require(harness.server.requests[before...].first { $0.path == "/list.html" })
        #expect(nextList.header("Cookie") == nil)
    }

    @Test(arguments: PipelineStore.Kind.allCases)
    func aSourcesLastErrorIsClearedByItsNextSuccess(store: PipelineStore.Kind) async throws {
        let harness = try await PipelineHarness(store: store)
        defer { harness.stop() }
        let source = harness.source("/list.html")
        harness.site.set("/list.html", reply: .text("busy", status: 503))
        #expect(await harness.poller.poll(source).failed)
        #expect(try await harness.store.sourceHealth().first?.lastErrorKind == .http)

        harness.site.set("/list.html", Pages.list(Self.rows(1...3, under: "/news")))
        serveArticles(1...3, under: "/news", on: harness)
        #expect(await harness.poller.poll(source).failed == false)

        let health = try #require(try await harness.store.sourceHealth().first)
        #expect(health.lastErrorKind == nil)
        #expect(health.lastErrorMessage == nil)
        #expect(health.consecutiveFailures == 0)
    }
}
