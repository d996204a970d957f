import Foundation
import Logging
import PostgresNIO
import WatchPostgres

/// A fresh database on the test server (`BUREAUWATCH_TEST_POSTGRES`, which `make test` sets
/// from `.ci/pg-cluster`) for one test, with a client running until `remove()`. Without the
/// variable the PostgreSQL cases are skipped, and fail under `CI=true`.
public final class PostgresTestDatabase: Sendable {
    public static let urlVariable = "BUREAUWATCH_TEST_POSTGRES"

    /// The server's URL, nil when the variable is unset or empty.
    public static var serverURL: String? {
        ProcessInfo.processInfo.environment[urlVariable].flatMap { $0.isEmpty ? nil : $0 }
    }

    public static var isRequired: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Whether the PostgreSQL cases run: with a server, or under CI=true (where they fail without one).
    public static var shouldRun: Bool { serverURL != nil || isRequired }

    /// Why the PostgreSQL cases are left out (each test module wraps it in a `Comment`).
    public static let skipReason = """
        PostgreSQL cases skipped: \(urlVariable) is unset (make test starts a throwaway PostgreSQL \
        with .ci/pg-cluster); under CI=true they fail instead
        """

    /// Each test's client: the stores' own calls never need more in these tests.
    public static let connectionsPerTest = 2

    public let client: PostgresClient
    public let name: String
    /// The database's URL (no password: the test server trusts local connections).
    public var url: PostgresStoreURL {
        var url = server
        url.database = name
        return url
    }
    /// The database's URL as a config's `store:` value (for the `bureauwatch` binary).
    public var configURL: String {
        let url = url
        let place = url.socketFolder.map { "?host=\($0)" } ?? ""
        return "postgres://\(url.user)@\(url.host):\(url.port)/\(url.database)\(place)"
    }
    private let server: PostgresStoreURL
    private let running: Task<Void, Never>
    private let gate: PostgresTestGate

    private init(client: PostgresClient, name: String, server: PostgresStoreURL, gate: PostgresTestGate) {
        self.gate = gate
        self.client = client
        self.name = name
        self.server = server
        running = Task { await client.run() }
    }

    /// Creates the database once `gate` has a slot (`.daemons` for a test whose daemons
    /// connect on their own); without a configured server, fails saying PostgreSQL is required.
    public static func make(gate: PostgresTestGate = .shared) async throws -> PostgresTestDatabase {
        guard let url = serverURL else { throw PostgresRequired() }
        await gate.enter()
        do {
            let server = try PostgresStoreURL(url)
            let name = "bw_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            try await onServer(server) { admin in
                try await admin.query("CREATE DATABASE \(unescaped: name)")
            }
            var target = server
            target.database = name
            var configuration = target.clientConfiguration(pgpass: nil)
            configuration.options.maximumConnections = connectionsPerTest
            return PostgresTestDatabase(
                client: PostgresClient(configuration: configuration), name: name, server: server, gate: gate)
        } catch {
            await gate.leave()
            throw error
        }
    }

    /// Stops the client, drops the database once the client is gone and frees the slot (the
    /// drop is best effort: the throwaway cluster goes away as a whole anyway).
    public func remove() {
        running.cancel()
        let running = running
        let gate = gate
        let server = server
        let name = name
        Task {
            await running.value
            try? await Self.onServer(server) { admin in
                try await admin.query("DROP DATABASE IF EXISTS \(unescaped: name) WITH (FORCE)")
            }
            await gate.leave()
        }
    }

    /// Runs `body` with a client on the server's own database, running in a task group.
    public static func onServer(_ server: PostgresStoreURL, _ body: @Sendable (PostgresClient) async throws -> Void)
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
