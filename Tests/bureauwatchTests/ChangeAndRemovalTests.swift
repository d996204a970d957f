import Foundation
import PostgresTesting
import Testing
import WatchTesting

/// A changed bureau page becomes version 2 (a `.v2.md` file and `article.updated`), and a page
/// answering 404 twice is removed (`article.removed`), each announced once to a real receiver.
@Suite struct ChangeAndRemovalTests {
    @Test(arguments: StoreBackend.allCases)
    func anEditedPageIsAnUpdateAndAVanishedOneIsRemovedAfterTwo404s(backend: StoreBackend) async throws {
        let setup = try await EditableSite(backend)
        defer { setup.stop() }
        let (site, receiver, config) = (setup.root, setup.receiver, setup.config)
        let watch = setup.folder.url.appendingPathComponent("watch")

        #expect(try await BinaryRun.bureauwatch(["fetch", "--config", config.path]).status == 0)
        let events = { receiver.requests.compactMap { $0.header("X-Bureauwatch-Event") } }
        #expect(events().filter { $0 == "article.new" }.count == 12)
        let a3 = try #require(try Self.files(in: watch).first { $0.hasPrefix("2023-10-18_gd-news_") })

        let page = site.appendingPathComponent("gd/202310/a3.html")
        let edited = try String(contentsOf: page, encoding: .utf8)
            .replacingOccurrences(of: "重点检查场地设施", with: "重点检查分拨中心场地设施和车辆")
        try edited.write(to: page, atomically: true, encoding: .utf8)
        // The first poll that sees the edit only keeps it; the second, seeing it again, confirms it.
        let second = try await BinaryRun.bureauwatch(["fetch", "--config", config.path])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(!(try Self.files(in: watch).contains(a3.replacingOccurrences(of: ".md", with: ".v2.md"))))
        #expect(!events().contains("article.updated"))
        let third = try await BinaryRun.bureauwatch(["fetch", "--config", config.path])
        #expect(third.status == 0, "\(third.stderr)")
        #expect(try Self.files(in: watch).contains(a3.replacingOccurrences(of: ".md", with: ".v2.md")))
        #expect(events().filter { $0 == "article.updated" }.count == 1)

        try FileManager.default.removeItem(at: site.appendingPathComponent("gd/202310/a2.html"))
        _ = try await BinaryRun.bureauwatch(["fetch", "--config", config.path, "--source", "gd-news"])
        #expect(!events().contains("article.removed"), "one 404 is not yet a removal")
        _ = try await BinaryRun.bureauwatch(["fetch", "--config", config.path, "--source", "gd-news"])
        #expect(events().filter { $0 == "article.removed" }.count == 1)

        let ids = receiver.requests.compactMap { $0.header("X-Bureauwatch-Delivery") }
        #expect(Set(ids).count == ids.count, "a delivery was sent twice")
        #expect(try Self.files(in: watch).count == 13) // twelve articles and one second version
    }

    /// A page that answers 404 once, then is back unchanged (304 to its ETag), then 404 again, is
    /// not removed: the 304 broke the run of gone answers.
    @Test(arguments: StoreBackend.allCases)
    func aPageBackBetweenTwo404sIsNotRemoved(backend: StoreBackend) async throws {
        let setup = try await EditableSite(backend)
        defer { setup.stop() }
        let (site, server, receiver, config) = (setup.root, setup.server, setup.receiver, setup.config)
        let fetch = { try await BinaryRun.bureauwatch(["fetch", "--config", config.path, "--source", "gd-news"]) }
        #expect(try await fetch().status == 0)

        let page = site.appendingPathComponent("gd/202310/a2.html")
        let original = try Data(contentsOf: page)
        try FileManager.default.removeItem(at: page)
        _ = try await fetch() // 404, the first of a run
        try original.write(to: page)
        _ = try await fetch() // 304
        try FileManager.default.removeItem(at: page)
        _ = try await fetch() // 404, the first of a new run

        let events = receiver.requests.compactMap { $0.header("X-Bureauwatch-Event") }
        #expect(!events.contains("article.removed"), "\(events)")
        #expect(server.requests.filter { $0.path.hasSuffix("a2.html") }.count == 4)
    }

    /// A copy of the demo site served on loopback (so a test may edit it), a webhook receiver,
    /// and a config polling the one into the other.
    struct EditableSite {
        let state: DaemonState
        let folder: TemporaryFolder
        let root: URL
        let server: LoopbackHTTPServer
        let receiver: LoopbackHTTPServer
        let config: URL

        init(_ backend: StoreBackend) async throws {
            state = try await DaemonState(backend)
            folder = try TemporaryFolder()
            root = folder.url.appendingPathComponent("site")
            try ChangeAndRemovalTests.copyResolvingLinks(FetchEndToEndTests.site, to: root)
            server = try LoopbackHTTPServer(handler: StaticSite(root: root).reply)
            receiver = try LoopbackHTTPServer { _ in .text("ok", contentType: "text/plain") }
            config = try FetchEndToEndTests.config(
                for: server, in: folder.url, webhook: receiver.baseURL + "/hook", store: state.storeLine)
        }

        func stop() {
            server.stop()
            receiver.stop()
        }
    }

    /// Copies the demo site with the files its links point to (some pages are links to the seed
    /// fixtures), so the copy can be edited on its own.
    static func copyResolvingLinks(_ source: URL, to target: URL) throws {
        let files = FileManager.default
        for case let relative as String in files.enumerator(atPath: source.path)! {
            let from = source.appendingPathComponent(relative)
            let to = target.appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            guard files.fileExists(atPath: from.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            try files.createDirectory(at: to.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contentsOf: from).write(to: to)
        }
    }

    static func files(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }
    }
}
