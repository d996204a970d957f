import Foundation
import Testing
import WatchTesting

/// Runs the built `bureauwatch` binary, as a user would.
@Suite struct CommandTreeTests {
    static var binary: URL {
        // Tests run from the build folder that also holds the executable.
        Bundle.allBundles.lazy.map { $0.bundleURL.deletingLastPathComponent() }
            .map { $0.appendingPathComponent("bureauwatch") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
            ?? URL(fileURLWithPath: ".build/debug/bureauwatch")
    }

    @Test func helpListsEverySubcommandOfTheDesign() throws {
        // ChildProcess, not Foundation's Process, which closed other tests' sockets under them.
        let run = try ChildProcess.run(Self.binary.path, ["--help"])
        let output = run.output
        #expect(run.status == 0)
        for command in ["run", "fetch", "check", "extract", "sources", "articles", "notify", "state"] {
            #expect(output.contains("\n  \(command) "), "missing subcommand \(command)")
        }
    }

    @Test func versionNamesTheLinkedCLibraries() async throws {
        let run = try await BinaryRun.bureauwatch(["--version"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("bureauwatch ") == true)
        for library in ["libcurl", "libxml2", "SQLite", "OpenCC"] {
            let line = lines.first { $0.hasPrefix(library + " ") }
            // Each library's line carries a dotted version, read from the library itself.
            #expect(line?.dropFirst(library.count + 1).first?.isNumber == true, "\(library): \(line ?? "missing")")
        }
    }

    @Test func aMissingConfigNamesBothWaysToGiveOne() async throws {
        let folder = try TemporaryFolder()
        let missing = folder.url.appendingPathComponent("sources.yaml").path
        let run = try await BinaryRun.bureauwatch(["sources", "--config", missing])
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(missing): no such file"))
        #expect(run.stderr.contains("--config") && run.stderr.contains("$BUREAUWATCH_CONFIG"))
    }

    @Test func checkCountsInTheRightNumber() async throws {
        let folder = try TemporaryFolder()
        let config = folder.url.appendingPathComponent("sources.yaml")
        try """
        sources:
          - { id: one, name: One, kind: bureau, url: "http://127.0.0.1:9/list.html" }
        notify:
          - { id: ops, url: "http://127.0.0.1:9/hook", format: json }
        """.write(to: config, atomically: true, encoding: .utf8)
        let run = try await BinaryRun.bureauwatch(["check", "--config", config.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("1 source (1 bureau, 0 mirror), 1 webhook"), "\(run.stdout)")
    }

    /// `check` validates the config where the database may be out of reach: a PostgreSQL
    /// server that does not answer is a warning, after a bounded wait, not a hang or a failure.
    @Test func checkWithAPostgreSQLServerOutOfReachWarnsAndPasses() async throws {
        let folder = try TemporaryFolder()
        let config = folder.url.appendingPathComponent("sources.yaml")
        try """
        store: postgres://bureauwatch@127.0.0.1:1/watch
        sources:
          - { id: one, name: One, kind: bureau, url: "http://127.0.0.1:9/list.html" }
        """.write(to: config, atomically: true, encoding: .utf8)
        let run = try await BinaryRun.bureauwatch(["check", "--config", config.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("1 source (1 bureau, 0 mirror)"), "\(run.stdout)")
        #expect(run.stderr.contains("warning: lost source ids not looked for"), "\(run.stderr)")
        #expect(run.stderr.contains("127.0.0.1:1"), "the store is named: \(run.stderr)")
    }

    @Test func extractOfAMissingPageIsAFailureNamingTheURLOnce() async throws {
        let server = try LoopbackHTTPServer { _ in .text("not found", status: 404, contentType: "text/plain") }
        defer { server.stop() }
        let url = server.baseURL + "/gone.html"
        let run = try await BinaryRun.bureauwatch(["extract", url])
        #expect(run.status == 1, "a page that cannot be had is a failure, not bad usage: \(run.stderr)")
        #expect(run.stderr.contains("HTTP 404"))
        #expect(run.stderr.components(separatedBy: url).count == 2, "the URL once: \(run.stderr)")
    }
}
