import Foundation
import PostgresTesting
import Testing
import WatchTesting

/// One record per notice over its life on a real site: tokens and error pages make no versions,
/// a real correction does after two polls, an error page twice removes the notice, its return
/// restores it, and a renamed source id keeps watching it.
@Suite struct RecordLifeTests {
    /// A site, a webhook receiver and a config in a temporary folder.
    final class Setup {
        let folder: TemporaryFolder
        let site = RevisedSite()
        let server: LoopbackHTTPServer
        let receiver: LoopbackHTTPServer
        let config: URL
        /// Kept for the test's life: a PostgreSQL state is dropped when it goes.
        let state: DaemonState

        init(sourceID: String = "gd-news", state: DaemonState) throws {
            self.state = state
            folder = try TemporaryFolder()
            server = try LoopbackHTTPServer(handler: site.reply)
            receiver = try LoopbackHTTPServer { _ in .text("ok", contentType: "text/plain") }
            config = try RevisedSite.config(
                for: server, in: folder.url, sourceID: sourceID,
                webhook: receiver.baseURL + "/hook", store: state.storeLine)
        }

        deinit {
            server.stop()
            receiver.stop()
        }

        var watch: URL { folder.url.appendingPathComponent("watch") }

        /// `bureauwatch fetch`; it exits 0.
        @discardableResult
        func fetch() async throws -> BinaryRun {
            let run = try await BinaryRun.bureauwatch(["fetch", "--config", config.path])
            #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
            return run
        }

        func count(_ event: String) -> Int {
            receiver.requests.compactMap { $0.header("X-Bureauwatch-Event") }.filter { $0 == event }.count
        }

        /// The watched notice's files (the list's other notices never change).
        func files() throws -> [String] {
            try ChangeAndRemovalTests.files(in: watch).filter { $0.hasPrefix("2026-03-12_") }.sorted()
        }
    }

    @Test(arguments: StoreBackend.allCases)
    func aTokenPageMakesNoVersionAndARealCorrectionDoesAfterTwoPolls(backend: StoreBackend) async throws {
        let setup = try Setup(state: try await DaemonState(backend))
        try await setup.fetch()
        #expect(setup.count("article.new") == 1 + RevisedSite.others.count)
        let first = try #require(try setup.files().first)

        setup.site.serve(.token)
        for _ in 1...4 { try await setup.fetch() }
        #expect(try setup.files() == [first])
        #expect(setup.count("article.updated") == 0)

        setup.site.serve(.corrected)
        try await setup.fetch()
        #expect(try setup.files() == [first], "one poll of a new text is not yet a change")
        try await setup.fetch()
        #expect(try setup.files() == [first, first.replacingOccurrences(of: ".md", with: ".v2.md")].sorted())
        #expect(setup.count("article.updated") == 1)
    }

    @Test(arguments: StoreBackend.allCases)
    func anErrorPageTwiceRemovesTheNoticeAndItsReturnRestoresIt(backend: StoreBackend) async throws {
        let setup = try Setup(state: try await DaemonState(backend))
        try await setup.fetch()
        let first = try #require(try setup.files().first)

        setup.site.serve(.softNotFound)
        try await setup.fetch()
        #expect(setup.count("article.removed") == 0, "one error page is not yet a removal")
        try await setup.fetch()
        #expect(setup.count("article.removed") == 1)
        #expect(try setup.files() == [first], "the error page became a version")
        try await setup.fetch()
        #expect(setup.count("article.removed") == 1)

        let id = String(first.split(separator: "_").last?.prefix(12) ?? "")
        let removed = try await BinaryRun.bureauwatch(["articles", "show", id, "--config", setup.config.path])
        #expect(removed.stdout.contains("state removed 20"), "\(removed.stdout)")

        setup.site.serve(.original)
        try await setup.fetch()
        #expect(setup.count("article.restored") == 1)
        #expect(try setup.files() == [first])
        let restored = try await BinaryRun.bureauwatch(["articles", "show", id, "--config", setup.config.path])
        #expect(restored.stdout.contains("state restored 20"), "\(restored.stdout)")
        let text = try String(contentsOf: setup.watch.appendingPathComponent(first), encoding: .utf8)
        #expect(text.contains("title: \(RevisedSite.title)"))
        #expect(!text.contains("提示信息"))
        let ids = setup.receiver.requests.compactMap { $0.header("X-Bureauwatch-Delivery") }
        #expect(Set(ids).count == ids.count, "a delivery was sent twice")
    }

    @Test(arguments: StoreBackend.allCases)
    func aNoticeRemovedAndRepublishedAtANewURLIsRestored(backend: StoreBackend) async throws {
        let setup = try Setup(state: try await DaemonState(backend))
        try await setup.fetch()
        let first = try #require(try setup.files().first)
        setup.site.serve(.notFound)
        try await setup.fetch()
        try await setup.fetch()
        #expect(setup.count("article.removed") == 1)

        setup.site.serve(.moved)
        try await setup.fetch()
        #expect(setup.count("article.restored") == 1)
        #expect(
            setup.count("article.new") == 1 + RevisedSite.others.count, "the republished notice was announced as new")
        #expect(try setup.files() == [first])
        let text = try String(contentsOf: setup.watch.appendingPathComponent(first), encoding: .utf8)
        #expect(text.contains("canonical_url: \(setup.server.baseURL)\(RevisedSite.movedPath)"), "\(text.prefix(500))")
    }

    @Test(arguments: StoreBackend.allCases)
    func aRenamedSourceIDIsWarnedAboutAndItsNoticeStillRechecked(backend: StoreBackend) async throws {
        let setup = try Setup(sourceID: "gd-news", state: try await DaemonState(backend))
        // Before any state exists `check` reads nothing and creates nothing (no SQLite file, no schema).
        #expect(try await BinaryRun.bureauwatch(["check", "--config", setup.config.path]).status == 0)
        #expect(try await setup.state.open(stateFolder: setup.folder.url.appendingPathComponent("state")) == nil)
        try await setup.fetch()
        let renamed = try String(contentsOf: setup.config, encoding: .utf8)
            .replacingOccurrences(of: "id: gd-news", with: "id: guangdong")
        try renamed.write(to: setup.config, atomically: true, encoding: .utf8)

        let check = try await BinaryRun.bureauwatch(["check", "--config", setup.config.path])
        #expect(check.status == 0)
        #expect(check.stdout.contains("warning: source id 'gd-news' is no longer in the config"), "\(check.stdout)")

        setup.site.serve(.corrected)
        let start = try await setup.fetch()
        #expect(start.stderr.contains("source id 'gd-news' is no longer in the config"), "\(start.stderr)")
        try await setup.fetch()
        #expect(setup.count("article.updated") == 1, "the renamed source stopped rechecking its notice")
        #expect(setup.count("article.new") == 1 + RevisedSite.others.count)
    }

    @Test(arguments: StoreBackend.allCases)
    func aMirrorSightingIsWrittenIntoTheBureauFileInPlaceAndTheFeed(backend: StoreBackend) async throws {
        let demo = try await SiteFixture(backend)
        defer { demo.stop() }
        let (server, folder, config) = (demo.server, demo.folder, demo.config)
        let run = try await BinaryRun.bureauwatch(["fetch", "--config", config.path])
        #expect(run.status == 0, "\(run.stderr)")

        let watch = folder.url.appendingPathComponent("watch")
        let files = try ChangeAndRemovalTests.files(in: watch)
        #expect(files.count == 12, "the mirror's copy got a file of its own: \(files)")
        let a1 = try #require(files.first { $0.hasPrefix("2023-10-26_gd-news_") })
        let text = try String(contentsOf: watch.appendingPathComponent(a1), encoding: .utf8)
        #expect(text.contains("mirrors: [\(server.baseURL)/mirror/p/"), "\(text.prefix(600))")
        let feed = try String(contentsOf: watch.appendingPathComponent("feed.xml"), encoding: .utf8)
        #expect(feed.contains("<link rel=\"related\" href=\"\(server.baseURL)/mirror/p/"))
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: watch.path).contains { $0.hasPrefix(".") }))
    }
}
