import Foundation
import PostgresTesting
import Testing
import WatchTesting

/// Mirror reposts through `bureauwatch fetch` on a loopback site: every copy, whatever chrome
/// it adds and in either script, is a sighting of the bureau's article, shown with how it
/// matched; a same-template notice with other dates stays its own article.
@Suite struct MirrorMatchingTests {
    static let title = "全省邮政管理工作座谈会召开"
    static let simplified = [
        "7月18日，山西省邮政管理局召开全省邮政管理工作座谈会，传达学习全国邮政管理工作会议精神，总结上半年工作，部署下半年重点任务。",
        "会议要求，各市局要抓好寄递安全监管，强化快递员群体合法权益保障，推动行业高质量发展。",
        "会议还对旺季服务保障工作作出安排，要求企业提前做好运力储备。",
    ]
    static let traditional = [
        "7月18日，山西省郵政管理局召開全省郵政管理工作座談會，傳達學習全國郵政管理工作會議精神，總結上半年工作，部署下半年重點任務。",
        "會議要求，各市局要抓好寄遞安全監管，強化快遞員群體合法權益保障，推動行業高質量發展。",
        "會議還對旺季服務保障工作作出安排，要求企業提前做好運力儲備。",
    ]
    /// Each copy: a name and its paragraphs.
    static let copies: [(String, [String])] = [
        ("disclaimer", simplified + ["（本文转载自国家邮政局网站，如有侵权请联系删除）"]),
        ("disclaimer-t", traditional + ["（本文轉載自國家郵政局網站，如有侵權請聯繫刪除）"]),
        ("note", ["编者按：近日，各地邮政管理部门认真贯彻全国会议部署，现将山西的做法转发如下，供读者参阅。"] + simplified),
        ("note-t", ["編者按：近日，各地郵政管理部門認真貫徹全國會議部署，現將山西的做法轉發如下，供讀者參閱。"] + traditional),
        ("reprint", ["本文转载自山西省邮政管理局网站"] + simplified + ["来源：山西省邮政管理局", "扫一扫分享"]),
        ("reprint-t", ["本文轉載自山西省郵政管理局網站"] + traditional + ["來源：山西省郵政管理局", "掃一掃分享"]),
        // Too much added for SimHash: found by containment.
        (
            "footer",
            simplified + [
                "相关阅读：全省快递业务量持续增长，行业发展稳中向好，农村寄递物流体系建设取得新进展，"
                    + "快递进村工程加快推进，寄递服务网络更加完善，群众用邮体验不断提升。"
            ]
        ),
        (
            "footer-t",
            traditional + [
                "相關閱讀：全省快遞業務量持續增長，行業發展穩中向好，農村寄遞物流體系建設取得新進展，"
                    + "快遞進村工程加快推進，寄遞服務網絡更加完善，群眾用郵體驗不斷提升。"
            ]
        ),
    ]
    /// The next quarter's meeting on the same template: other dates, another article.
    static let nextQuarter = simplified.map {
        $0.replacingOccurrences(of: "7月18日", with: "10月17日").replacingOccurrences(of: "上半年", with: "前三季度")
    }

    /// The mirror site served and fetched once, into a state on one store backend.
    struct Fetched {
        let site: SiteFixture
        let fetch: BinaryRun

        init(_ backend: StoreBackend) async throws {
            site = try await SiteFixture(backend, serve: MirrorMatchingTests.serve(in:store:))
            fetch = try await BinaryRun.bureauwatch(["fetch", "--config", site.config.path])
        }
    }

    static func serve(in folder: URL, store: String? = nil) throws -> (LoopbackHTTPServer, URL) {
        let site = MirrorSite(root: folder.appendingPathComponent("site"))
        try site.writeBureau(title: title, info: "发布时间：2024-07-18　来源：山西省邮政管理局", paragraphs: simplified)
        var links: [(path: String, title: String)] = []
        for (name, paragraphs) in copies {
            try site.write(
                MirrorSite.articlePage(title: title, info: "2024-07-19", paragraphs: paragraphs),
                at: "/mirror/\(name).html")
            links.append(("/mirror/\(name).html", title))
        }
        try site.write(
            MirrorSite.articlePage(
                title: "全省邮政管理工作座谈会召开（三季度）", info: "2024-10-17",
                paragraphs: nextQuarter), at: "/mirror/next.html")
        links.append(("/mirror/next.html", "全省邮政管理工作座谈会召开（三季度）"))
        try site.write(MirrorSite.listPage(links, day: "2024-07-19"), at: "/mirror/list.html")
        let server = try LoopbackHTTPServer(handler: StaticSite(root: site.root).reply)
        return (server, try MirrorSite.config(base: server.baseURL, in: folder, store: store))
    }

    @Test(arguments: StoreBackend.allCases)
    func everyCopyInEitherScriptIsOneArticleAndSaysHowItMatched(backend: StoreBackend) async throws {
        let fetched = try await Fetched(backend)
        defer { fetched.site.stop() }
        let (folder, config, fetch) = (fetched.site.folder, fetched.site.config, fetched.fetch)
        #expect(fetch.status == 0, "\(fetch.stderr)")

        let watch = folder.url.appendingPathComponent("watch")
        let files = try FileManager.default.contentsOfDirectory(atPath: watch.path).filter { $0.hasSuffix(".md") }
        #expect(files.count == 4, "three bureau articles and the next quarter's: \(files)")
        let bureauFile = try #require(files.first { $0.hasPrefix("2024-07-18_sx-news_") })
        let id = try #require(bureauFile.split(separator: "_").last?.split(separator: ".").first.map(String.init))

        let show = try await BinaryRun.bureauwatch(["articles", "show", id, "--config", config.path])
        #expect(show.status == 0, "\(show.stderr)")
        let seen = show.stdout.split(separator: "\n").filter { $0.hasPrefix("seen ") }
        #expect(seen.count == 1 + Self.copies.count, "\(show.stdout)")
        for (name, _) in Self.copies {
            let line = seen.first { $0.contains("/mirror/\(name).html") }
            #expect(
                line.map { $0.contains("(exact)") || $0.contains("(near, ") || $0.contains("(contained, ") } == true,
                "\(name): \(line ?? "not a sighting")")
        }
        #expect(seen.contains { $0.contains("/mirror/footer.html") && $0.contains("(contained, ") }, "\(show.stdout)")
        #expect(seen.first?.contains("(first seen here)") == true)

        let json = try await BinaryRun.bureauwatch(["articles", "show", id, "--json", "--config", config.path])
        let detail = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let kinds = (detail?["sightings"] as? [[String: Any]])?.compactMap {
            ($0["match"] as? [String: Any])?["kind"] as? String
        }
        #expect(kinds?.count == 1 + Self.copies.count)
        #expect(kinds?.first == "first")
    }

    @Test(arguments: StoreBackend.allCases)
    func extractExplainNamesTheMatchOrTheClosestArticle(backend: StoreBackend) async throws {
        let fetched = try await Fetched(backend)
        defer { fetched.site.stop() }
        let (folder, config) = (fetched.site.folder, fetched.site.config)
        #expect(fetched.fetch.status == 0, "\(fetched.fetch.stderr)")
        let site = folder.url.appendingPathComponent("site/mirror")
        let stored = try await BinaryRun.bureauwatch(["articles", "list", "--config", config.path])
        let bureauID = try #require(
            stored.stdout.split(separator: "\n").first { $0.contains(" sx-news ") && $0.contains(Self.title) }?
                .split(separator: " ").first.map(String.init))

        let copy = try await BinaryRun.bureauwatch([
            "extract", "--explain", site.appendingPathComponent("footer-t.html").path,
            "--config", config.path,
        ])
        #expect(copy.status == 0, "\(copy.stderr)")
        #expect(copy.stdout.contains("dedup: same article as \(bureauID)"), "\(copy.stdout)")

        // A page the store has not seen: the next-quarter notice against a store without it.
        let fresh = try TemporaryFolder()
        let (other, otherConfig) = try Self.serve(in: fresh.url)
        defer { other.stop() }
        #expect(
            try await BinaryRun.bureauwatch(["fetch", "--config", otherConfig.path, "--source", "sx-news"]).status == 0)
        let new = try await BinaryRun.bureauwatch([
            "extract", "--explain", site.appendingPathComponent("next.html").path,
            "--config", otherConfig.path,
        ])
        #expect(new.status == 0, "\(new.stderr)")
        #expect(new.stdout.contains("dedup: new; closest stored article "), "\(new.stdout)")
        #expect(new.stdout.contains("bits apart"))
        #expect(new.stdout.contains("numbers differ"))
    }

    @Test(arguments: StoreBackend.allCases)
    func aTraditionalQueryFindsTheSimplifiedTextAndTheReverse(backend: StoreBackend) async throws {
        let fetched = try await Fetched(backend)
        defer { fetched.site.stop() }
        let config = fetched.site.config
        #expect(fetched.fetch.status == 0, "\(fetched.fetch.stderr)")
        for query in ["郵政管理工作座談會", "邮政管理工作座谈会", "旺季服務保障"] {
            let search = try await BinaryRun.bureauwatch(["articles", "search", query, "--config", config.path])
            #expect(search.status == 0, "\(search.stderr)")
            #expect(search.stdout.contains(Self.title), "\(query): \(search.stdout)")
        }
        let none = try await BinaryRun.bureauwatch(["articles", "search", "郵政儲蓄銀行", "--config", config.path])
        #expect(!none.stdout.contains(Self.title))
    }
}
