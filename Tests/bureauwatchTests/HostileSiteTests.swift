import Foundation
import PostgresTesting
import Testing
import WatchTesting

/// `bureauwatch fetch` over the hostile site: nothing crashes, every file stays inside the watch
/// folder with a sane name, and /etc/passwd shows up nowhere.
@Suite struct HostileSiteTests {
    /// The longest file name most Linux file systems take, in bytes.
    static let maxFileNameBytes = 255

    @Test(arguments: StoreBackend.allCases)
    func hostilePagesEndInSaneFilesInsideTheWatchFolder(backend: StoreBackend) async throws {
        let state = try await DaemonState(backend)
        let server = try LoopbackHTTPServer(handler: HostilePages.site)
        defer { server.stop() }
        let folder = try TemporaryFolder()
        let config = try Self.config(for: server, in: folder.url, store: state.storeLine)

        let run = try await BinaryRun.bureauwatch(["fetch", "--config", config.path])
        #expect(run.status == 0 || run.status == 1, "exit \(run.status): \(run.stderr)")
        let list = try await BinaryRun.bureauwatch(["articles", "list", "--json", "--config", config.path])
        let watch = folder.url.appendingPathComponent("watch")
        let files = try FileManager.default.contentsOfDirectory(atPath: watch.path).filter { $0.hasSuffix(".md") }
        print(
            "hostile site: \(files.count) files: \(files.sorted().map { "\($0.prefix(60))… (\($0.utf8.count) bytes)" })"
        )
        print("fetch said:\n\(run.stdout)")
        // Every page but the deep one, whose text libxml2 cuts at its depth limit: refused, with a reason.
        #expect(files.count == HostilePages.pathTitles.count + 2, "\(files)")
        #expect(run.stdout.contains("deep.html: no article text found"), "\(run.stdout)")
        for file in files {
            #expect(!file.contains("/") && !file.hasPrefix(".") && !file.contains("\u{0}"), "\(file)")
            #expect(file.utf8.count <= Self.maxFileNameBytes, "\(file.utf8.count) bytes")
            let text = try String(contentsOf: watch.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains(HostilePages.secretMarker), "\(file) holds /etc/passwd")
        }
        #expect(!list.stdout.contains(HostilePages.secretMarker))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/bw-escape"))
        let outside = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
        #expect(outside == ["sources.yaml", "state", "watch"], "\(outside)")
        let stateFolder = folder.url.appendingPathComponent("state")
        #expect(try await state.polledSources(stateFolder: stateFolder) == ["hostile"])
        let holding = try await state.placesHolding(HostilePages.secretMarker, stateFolder: stateFolder)
        #expect(holding.isEmpty, "\(holding) hold /etc/passwd")
    }

    /// One source, the hostile site's list, with its store line when the state is PostgreSQL.
    static func config(for server: LoopbackHTTPServer, in folder: URL, store: String?) throws -> URL {
        let text = """
            \(store ?? "")
            state_dir: state
            watch_dir: watch
            defaults: { interval: 10m, timeout: 10s, robots: false, per_host: { concurrency: 4, delay: 0s } }
            sources:
              - { id: hostile, name: hostile, kind: bureau, url: "\(server.baseURL)/hostile/list.html" }
            """
        let config = folder.appendingPathComponent("sources.yaml")
        try text.write(to: config, atomically: true, encoding: .utf8)
        return config
    }
}
