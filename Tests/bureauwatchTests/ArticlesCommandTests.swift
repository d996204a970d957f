import Foundation
import PostgresTesting
import Testing
import WatchTesting

/// `articles list|show|diff|search|export` and what a correction and a removal look like in the
/// watch folder and the feeds, through the built binary against the demo site.
@Suite struct ArticlesCommandTests {
    /// The id at the end of a watch-file name (`2023-10-18_gd-news_<id>.md`).
    static func id(of file: String) -> String {
        String(file.split(separator: "_").last?.prefix(12) ?? "")
    }

    static func run(_ arguments: [String], config: URL) async throws -> BinaryRun {
        try await BinaryRun.bureauwatch(arguments + ["--config", config.path])
    }

    @Test(arguments: StoreBackend.allCases)
    func aCorrectionAndARemovalCanBeShownDiffedAndAreMarkedInFilesAndFeeds(backend: StoreBackend) async throws {
        let state = try await DaemonState(backend)
        let folder = try TemporaryFolder()
        let site = folder.url.appendingPathComponent("site")
        try ChangeAndRemovalTests.copyResolvingLinks(FetchEndToEndTests.site, to: site)
        let server = try LoopbackHTTPServer(handler: StaticSite(root: site).reply)
        defer { server.stop() }
        let config = try FetchEndToEndTests.config(for: server, in: folder.url, store: state.storeLine)
        let watch = folder.url.appendingPathComponent("watch")
        #expect(try await Self.run(["fetch"], config: config).status == 0)
        let files = try ChangeAndRemovalTests.files(in: watch)
        let a3 = Self.id(of: try #require(files.first { $0.hasPrefix("2023-10-18_gd-news_") }))
        let page = site.appendingPathComponent("gd/202310/a3.html")
        try String(contentsOf: page, encoding: .utf8)
            .replacingOccurrences(of: "重点检查场地设施", with: "重点检查分拨中心场地设施和车辆")
            .write(to: page, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: site.appendingPathComponent("gd/202310/a2.html"))
        for _ in 0..<2 { _ = try await Self.run(["fetch", "--source", "gd-news"], config: config) }
        let a2 = Self.id(
            of: try #require(
                files.first {
                    $0.contains("_gd-news_") && !$0.contains(a3)
                        && (try? String(contentsOf: watch.appendingPathComponent($0), encoding: .utf8))?.contains(
                            "a2.html") == true
                }))

        let v2 = try #require(try ChangeAndRemovalTests.files(in: watch).first { $0.hasSuffix(a3 + ".v2.md") })
        let v2Text = try String(contentsOf: watch.appendingPathComponent(v2), encoding: .utf8)
        #expect(v2Text.contains("\nversion: 2\nchanges:\n  - "))
        #expect(v2Text.contains("分拨中心场地设施和车辆"))

        let diff = try await Self.run(["articles", "diff", a3], config: config)
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(diff.stdout.contains("--- v1 ") && diff.stdout.contains("+++ v2 "))
        let changed = diff.stdout.split(separator: "\n").filter { $0.hasPrefix("- ") || $0.hasPrefix("+ ") }
        #expect(changed.count == 2, "\(diff.stdout)")
        #expect(changed.first?.contains("重点检查场地设施") == true && changed.last?.contains("分拨中心") == true)
        #expect(try await Self.run(["articles", "diff", a3, "1", "7"], config: config).status == 1)

        let old = try await Self.run(["articles", "show", a3, "--version", "1"], config: config)
        #expect(old.status == 0, "\(old.stderr)")
        #expect(old.stdout.contains("version 1 of 2") && old.stdout.contains("重点检查场地设施"))
        #expect(!old.stdout.contains("分拨中心"))
        let removed = try await Self.run(["articles", "show", a2], config: config)
        #expect(removed.stdout.contains("state removed 20"), "\(removed.stdout)")
        #expect(removed.stdout.contains("seen ") && removed.stdout.contains("a2.html"))

        let feed = try String(contentsOf: watch.appendingPathComponent("feed.xml"), encoding: .utf8)
        #expect(feed.contains("【更正】") && feed.contains("【已删除】") && feed.contains("type=\"html\""))
        for source in ["gd-news", "mirror-shjd"] {
            #expect(FileManager.default.fileExists(atPath: watch.appendingPathComponent("feed-\(source).xml").path))
        }
    }

    @Test(arguments: StoreBackend.allCases)
    func listSortsByPublishedAndFiltersExportQuotesAndAnEmptySearchExitsOne(backend: StoreBackend) async throws {
        let demo = try await SiteFixture(backend)
        defer { demo.stop() }
        let (folder, config) = (demo.folder, demo.config)
        #expect(try await Self.run(["fetch"], config: config).status == 0)

        let all = try await Self.listed(["articles", "list", "--json", "--limit", "100"], config: config)
        #expect(all.count == 12)
        let dates = all.compactMap { $0["published"] as? String }
        #expect(dates == dates.sorted(by: >), "not newest published first: \(dates)")
        #expect(all.allSatisfy { ($0["body"] as? String)?.isEmpty == false })
        // DESIGN.md's field names are snake_case, never the properties' camelCase.
        #expect(
            all.allSatisfy { $0["first_seen"] is String && !$0.keys.contains { $0.contains(where: \.isUppercase) } })
        let shown = try await Self.run(
            ["articles", "show", try #require(all.first?["id"] as? String), "--json"], config: config)
        let detail = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        #expect(detail["shown_version"] as? Int == 1 && (detail["article"] as? [String: Any])?["first_seen"] is String)
        #expect(
            try await Self.listed(["articles", "list", "--json", "--limit", "2"], config: config).map {
                $0["id"] as? String
            }
                == all.prefix(2).map { $0["id"] as? String })

        let mirror = try await Self.listed(["articles", "list", "--json", "--source", "mirror-shjd"], config: config)
        #expect(!mirror.isEmpty && mirror.count < all.count)
        let day = try #require(dates.first.map { String($0.prefix(10)) })
        let sameDay = try await Self.listed(
            ["articles", "list", "--json", "--since", day, "--until", day], config: config)
        #expect(!sameDay.isEmpty && sameDay.allSatisfy { ($0["published"] as? String)?.hasPrefix(day) == true })
        #expect(try await Self.run(["articles", "list", "--since", "2024-13-01"], config: config).status == 2)

        let csv = try await Self.run(["articles", "export", "--format", "csv"], config: config)
        #expect(csv.status == 0, "\(csv.stderr)")
        let exported = folder.url.appendingPathComponent("export.csv")
        try csv.stdout.write(to: exported, atomically: true, encoding: .utf8)
        let parse = try await ChildProcess.run(
            "python3",
            [
                "-c",
                """
                import csv, sys, json
                rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8', newline='')))
                print(json.dumps([len(rows), sorted({r['id'] for r in rows}) == sorted(set(sys.argv[2:])),
                                  all(r['body'] for r in rows), any('\\n' in r['body'] for r in rows)]))
                """, exported.path,
            ] + all.compactMap { $0["id"] as? String })
        #expect(
            parse.output.trimmingCharacters(in: .whitespacesAndNewlines) == "[12, true, true, true]", "\(parse.errors)")
        let jsonl = try await Self.run(["articles", "export", "--since", day], config: config)
        let since = try await Self.listed(
            ["articles", "list", "--json", "--since", day, "--limit", "100"], config: config)
        #expect(jsonl.stdout.split(separator: "\n").count == since.count)
        #expect(
            jsonl.stdout.split(separator: "\n").allSatisfy {
                $0.contains("\"body\":") && $0.contains("\"first_seen\":")
            })

        let nothing = try await Self.run(["articles", "search", "完全不存在的词语"], config: config)
        #expect(nothing.status == 1)
        #expect(nothing.stderr.contains("no article matches"))
        #expect(try await Self.run(["articles", "search", "邮政"], config: config).status == 0)
    }

    static func listed(_ arguments: [String], config: URL) async throws -> [[String: Any]] {
        let run = try await Self.run(arguments, config: config)
        #expect(run.status == 0, "\(run.stderr)")
        return try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]] ?? []
    }
}
