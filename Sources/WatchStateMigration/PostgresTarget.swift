import Logging
import PostgresNIO

/// The PostgreSQL side of `state migrate`: one connection, the catalogue look-ups and the
/// statements the copy runs on it.
struct PostgresTarget {
    /// A column of a table in the target database.
    struct Column: Sendable {
        let name: String
        /// `udt_name`: `text`, `int8`, `_text` (an array of text) …
        let typeName: String
        let isIdentity: Bool
    }

    let connection: PostgresConnection
    let logger: Logger

    func run(_ query: PostgresQuery) async throws {
        _ = try await connection.query(query, logger: logger).collect()
    }

    /// The table's columns in their order; empty when there is no such table.
    func columns(of table: String) async throws -> [Column] {
        let rows = try await connection.query(
            """
            SELECT column_name::text, udt_name::text, is_identity::text FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = \(table) ORDER BY ordinal_position
            """, logger: logger)
        var columns: [Column] = []
        for try await (name, type, identity) in rows.decode((String, String, String).self) {
            columns.append(Column(name: name, typeName: type, isIdentity: identity == "YES"))
        }
        return columns
    }

    /// The tables of the current schema that hold rows, bureauwatch's schema record aside: all of
    /// them, or only those `among`.
    func tablesWithRows(among: Set<String>? = nil) async throws -> [TableRows] {
        let rows = try await connection.query(
            """
            SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname <> 'bureauwatch_schema'
            ORDER BY c.relname
            """, logger: logger)
        var names: [String] = []
        for try await name in rows.decode(String.self) where among?.contains(name) ?? true { names.append(name) }
        var found: [TableRows] = []
        for name in names {
            let count = try await connection.query(
                PostgresQuery(unsafeSQL: "SELECT count(*) FROM \(Self.quoted(name))"), logger: logger)
            for try await rows in count.decode(Int.self) where rows > 0 {
                found.append(TableRows(table: name, rows: rows))
            }
        }
        return found
    }

    /// Takes `tables` for this transaction: no daemon writes into them until it ends, so the
    /// emptiness checked after this holds until the copy commits.
    func lock(_ tables: [String]) async throws {
        let list = tables.map(Self.quoted).joined(separator: ", ")
        try await run(PostgresQuery(unsafeSQL: "LOCK TABLE \(list) IN ACCESS EXCLUSIVE MODE"))
    }

    /// The indexes of `tables` that no constraint stands on (primary keys and UNIQUE ones stay:
    /// the foreign keys are checked through them), each with the statement that builds it again.
    func secondaryIndexes(of tables: [String]) async throws -> [SecondaryIndex] {
        let rows = try await connection.query(
            """
            SELECT i.relname::text, pg_get_indexdef(i.oid) FROM pg_index x
            JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = current_schema() AND t.relname::text = ANY(\(tables))
                AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
            ORDER BY i.relname
            """, logger: logger)
        var indexes: [SecondaryIndex] = []
        for try await (name, definition) in rows.decode((String, String).self) {
            indexes.append(SecondaryIndex(name: name, definition: definition))
        }
        return indexes
    }

    /// Moves the sequence behind an identity column past the largest id copied in, so the next
    /// row the store inserts gets a new id.
    func moveSequence(table: String, column: String) async throws {
        try await run(
            PostgresQuery(
                unsafeSQL: """
                    SELECT setval(pg_get_serial_sequence('\(Self.quoted(table))', '\(column)'), top)
                    FROM (SELECT max(\(Self.quoted(column))) AS top FROM \(Self.quoted(table))) copied
                    WHERE top IS NOT NULL
                    """))
    }

    /// An SQL identifier, quoted.
    static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
