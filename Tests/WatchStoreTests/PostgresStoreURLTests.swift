import Foundation
import Testing
import WatchCore
import WatchPostgres

/// The `store: postgres://…` URL and the password file: no server needed.
@Suite struct PostgresStoreURLTests {
    @Test func aFullURLGivesEveryPartAndTheRedactedFormHidesThePassword() throws {
        let url = try PostgresStoreURL(
            "postgres://watch:s%40cret@db.example:5433/bureau?sslmode=require", environment: [:])
        #expect(url.user == "watch")
        #expect(url.password == "s@cret")
        #expect(url.host == "db.example")
        #expect(url.port == 5433)
        #expect(url.database == "bureau")
        #expect(url.sslMode == .require)
        #expect(url.socketPath == nil)
        #expect(!url.redacted.contains("cret"))
    }

    @Test func thePasswordComesFromTheEnvironmentAsItIs() throws {
        let url = try PostgresStoreURL(
            "postgresql://watch:${BW_PG_PASSWORD}@10.0.0.5/bureau",
            environment: ["BW_PG_PASSWORD": "p%40ss:w@rd"])
        #expect(url.password == "p%40ss:w@rd")
        #expect(url.host == "10.0.0.5")
        #expect(url.port == PostgresStoreURL.defaultPort)
        #expect(throws: UnsetVariable(name: "BW_PG_PASSWORD")) {
            try PostgresStoreURL("postgres://watch:${BW_PG_PASSWORD}@localhost/bureau", environment: [:])
        }
    }

    @Test func defaultsAndSocketsFollowLibpq() throws {
        let url = try PostgresStoreURL("postgres://watch@/?host=/run/postgresql", environment: [:])
        #expect(url.database == "watch")
        #expect(url.password == nil)
        #expect(url.sslMode == .prefer)
        #expect(url.socketPath == "/run/postgresql/.s.PGSQL.5432")
        let bracketed = try PostgresStoreURL("postgres://watch@[::1]:6000/db", environment: [:])
        #expect(bracketed.host == "::1")
        #expect(bracketed.port == 6000)
    }

    @Test func unusableURLsAreRefused() {
        #expect(throws: PostgresStoreURLError.notPostgres) { try PostgresStoreURL("mysql://a@b/c", environment: [:]) }
        #expect(throws: PostgresStoreURLError.missingUser) {
            try PostgresStoreURL("postgres://db.example/c", environment: [:])
        }
        #expect(throws: PostgresStoreURLError.badPort) {
            try PostgresStoreURL("postgres://a@b:99999/c", environment: [:])
        }
        #expect(throws: PostgresStoreURLError.badOption("sslmode=sometimes")) {
            try PostgresStoreURL("postgres://a@b/c?sslmode=sometimes", environment: [:])
        }
    }

    @Test func pgpassMatchesFieldByFieldWithWildcardsAndEscapes() {
        let file = PGPassFile(
            text: """
                # comment
                db.example:5432:bureau:watch:first
                *:*:*:watch:fallback
                other\\:host:5432:*:*:pa\\:ss\\\\word
                """)
        #expect(file.password(host: "db.example", port: 5432, database: "bureau", user: "watch") == "first")
        #expect(file.password(host: "db.example", port: 6543, database: "bureau", user: "watch") == "fallback")
        #expect(file.password(host: "other:host", port: 5432, database: "x", user: "admin") == "pa:ss\\word")
        #expect(file.password(host: "db.example", port: 5432, database: "bureau", user: "nobody") == nil)
    }

    @Test func theConfigurationTakesThePgpassPasswordOnlyWhenTheURLHasNone() throws {
        let pgpass = PGPassFile(text: "localhost:5432:bureau:watch:from-file")
        let socket = try PostgresStoreURL("postgres://watch@/bureau?host=/run/postgresql", environment: [:])
        #expect(socket.clientConfiguration(pgpass: pgpass).password == "from-file")
        #expect(socket.clientConfiguration(pgpass: pgpass).unixSocketPath == "/run/postgresql/.s.PGSQL.5432")
        let given = try PostgresStoreURL("postgres://watch:given@localhost/bureau", environment: [:])
        #expect(given.clientConfiguration(pgpass: pgpass).password == "given")
    }

    @Test func aPgpassFileOthersCanReadIsIgnored() throws {
        let folder = try StoreFixture.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("pgpass").path
        try "*:*:*:*:secret\n".write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        #expect(PGPassFile.load(environment: ["PGPASSFILE": path])?.entries.count == 1)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        #expect(PGPassFile.load(environment: ["PGPASSFILE": path]) == nil)
    }
}
