import Foundation
import PostgresNIO
import PostgresTesting

extension DaemonState {
    /// The sources a run polled on this state, nil while no run has created it: a test's proof
    /// that the binary wrote to this backend's store and not to another.
    func polledSources(stateFolder: URL) async throws -> Set<String>? {
        guard let store = try await open(stateFolder: stateFolder) else { return nil }
        return Set(try await store.sourceHealth().map(\.sourceID))
    }

    /// What holds `marker` in the state: files of the state folder (SQLite's database, its
    /// WAL) and, on PostgreSQL, the database's tables, by name.
    func placesHolding(_ marker: String, stateFolder: URL) async throws -> [String] {
        let needle = Data(marker.utf8)
        var places = try FileManager.default.contentsOfDirectory(atPath: stateFolder.path).filter { name in
            ((try? Data(contentsOf: stateFolder.appendingPathComponent(name))) ?? Data()).range(of: needle) != nil
        }
        if let database { places += try await Self.tables(of: database, holding: needle) }
        return places
    }

    /// The tables with a row whose text holds `needle`: as text, or as the hex a `bytea`
    /// column (an outbox payload) shows in a row's text.
    private static func tables(of database: PostgresTestDatabase, holding needle: Data) async throws -> [String] {
        let text = String(decoding: needle, as: UTF8.self)
        let hex = needle.map { String(format: "%02x", $0) }.joined()
        var tables: [String] = []
        let names = try await database.client.query(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
        for try await (name, ) in names.decode((String,).self) { tables.append(name) }
        var holding: [String] = []
        for table in tables {
            let rows = try await database.client.query(
                """
                SELECT count(*) FROM \(unescaped: "\"\(table)\"") AS row
                WHERE strpos(row::text, \(text)) > 0 OR strpos(row::text, \(hex)) > 0
                """)
            for try await (count, ) in rows.decode((Int,).self) where count > 0 { holding.append(table) }
        }
        return holding
    }
}
