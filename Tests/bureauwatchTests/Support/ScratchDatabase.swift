import Foundation
import PostgresNIO
import WatchPostgres

/// An empty database of its own on the test server (`BUREAUWATCH_TEST_POSTGRES`, which `make
/// test` sets from `.ci/pg-cluster`), for a binary test to point `bureauwatch` at.
struct ScratchDatabase {
    static let urlVariable = "BUREAUWATCH_TEST_POSTGRES"

    static var serverURL: String? {
        ProcessInfo.processInfo.environment[urlVariable].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Runs the PostgreSQL binary tests with a server, and under CI=true, where they then fail.
    static var shouldRun: Bool { serverURL != nil || ProcessInfo.processInfo.environment["CI"] == "true" }

    struct Missing: Error, CustomStringConvertible {
        var description: String { "PostgreSQL is required under CI=true: set \(ScratchDatabase.urlVariable)" }
    }

    /// The database's URL, for `--to` or `store:`.
    let url: String
    private let server: PostgresStoreURL
    private let name: String

    static func make() async throws -> ScratchDatabase {
        guard let text = serverURL else { throw Missing() }
        let server = try PostgresStoreURL(text)
        let name = "bw_cli_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try await onServer(server) { try await $0.query("CREATE DATABASE \(unescaped: name)") }
        var target = server
        target.database = name
        return ScratchDatabase(url: target.redacted, server: server, name: name)
    }

    /// Drops the database (best effort: the throwaway cluster goes away as a whole anyway).
    func remove() async {
        let name = name
        try? await Self.onServer(server) {
            try await $0.query("DROP DATABASE IF EXISTS \(unescaped: name) WITH (FORCE)")
        }
    }

    private static func onServer(_ server: PostgresStoreURL, _ body: @Sendable (PostgresClient) async throws -> Void)
        async throws
    {
        let admin = PostgresClient(configuration: server.clientConfiguration(pgpass: nil))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await admin.run() }
            defer { group.cancelAll() }
            try await body(admin)
        }
    }
}
