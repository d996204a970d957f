import Foundation
import PostgresTesting
import Testing
import WatchTesting

#if canImport(Glibc)
    import Glibc
#endif

/// `bureauwatch state migrate --to postgres://…` through the built binary: the state a fetch
/// made, read back by the other commands from PostgreSQL, and the ways it refuses.
@Suite(.enabled(if: PostgresTestDatabase.shouldRun, PostgresTestDatabase.skipMessage))
struct StateMigrateCommandTests {
    static let unreachableWebhook = "http://127.0.0.1:9/hook"

    @Test func aFetchedStateReadsTheSameFromPostgreSQLAndASecondCopyIsRefused() async throws {
        let server = try LoopbackHTTPServer(handler: StaticSite(root: FetchEndToEndTests.site).reply)
        defer { server.stop() }
        let folder = try TemporaryFolder()
        let config = try FetchEndToEndTests.config(for: server, in: folder.url, webhook: Self.unreachableWebhook)
        _ = try await BinaryRun.bureauwatch(["fetch", "--config", config.path])
        let database = try await PostgresTestDatabase.make(gate: .daemons)
        defer { database.remove() }

        let migrate = try await BinaryRun.bureauwatch([
            "state", "migrate", "--to", database.configURL, "--config", config.path,
        ])
        #expect(migrate.status == 0, "\(migrate.stderr)")
        #expect(migrate.stdout.contains("rows/s"), "\(migrate.stdout)")
        let articlesLine = migrate.stdout.split(separator: "\n").first { $0.hasPrefix("articles ") }
        #expect(articlesLine?.split(separator: " ").dropFirst().first == "12", "\(migrate.stdout)")

        let postgresConfig = folder.url.appendingPathComponent("postgres.yaml")
        try (String(contentsOf: config, encoding: .utf8) + "store: \"\(database.configURL)\"\n")
            .write(to: postgresConfig, atomically: true, encoding: .utf8)
        for command in [
            ["articles", "list", "--json", "--limit", "100"], ["sources", "--json"], ["notify", "status", "--json"],
        ] {
            let before = try await BinaryRun.bureauwatch(command + ["--config", config.path])
            let after = try await BinaryRun.bureauwatch(command + ["--config", postgresConfig.path])
            #expect(after.status == 0, "\(command): \(after.stderr)")
            #expect(after.stdout == before.stdout, "\(command)")
        }

        let again = try await BinaryRun.bureauwatch([
            "state", "migrate", "--to", database.configURL, "--config", config.path,
        ])
        #expect(again.status == 2)
        #expect(
            again.stderr.contains("is not empty: ") && again.stderr.contains("articles (12 rows)"), "\(again.stderr)")
    }

    @Test func aRunningDaemonAMissingStateAndABadURLAreRefused() async throws {
        let folder = try TemporaryFolder()
        let state = folder.url.appendingPathComponent("state")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        let file = state.appendingPathComponent("bureauwatch.sqlite").path
        let url = "postgres://nobody@127.0.0.1:9/none"

        let missing = try await BinaryRun.bureauwatch(["state", "migrate", "--to", url, "--from", file])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no SQLite state at \(file)"), "\(missing.stderr)")

        #expect(FileManager.default.createFile(atPath: file, contents: nil))
        // The daemon's lock (WatchDaemon's InstanceLock): an exclusive flock on the folder's file.
        let lock = open(state.appendingPathComponent("bureauwatch.lock").path, O_RDWR | O_CREAT, 0o644)
        #expect(flock(lock, LOCK_EX | LOCK_NB) == 0)
        let held = try await BinaryRun.bureauwatch(["state", "migrate", "--to", url, "--from", file])
        close(lock)
        #expect(held.status == 2)
        #expect(held.stderr.contains("stop the daemon first"), "\(held.stderr)")

        let bad = try await BinaryRun.bureauwatch(["state", "migrate", "--to", "mysql://x/y", "--from", file])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--to mysql://x/y"), "\(bad.stderr)")
    }
}
