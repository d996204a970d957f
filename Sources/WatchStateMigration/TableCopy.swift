import LibSQLite
import PostgresNIO

/// One table copied: its rows streamed in one `COPY`, batch by batch, and the identity sequences
/// moved past them.
struct TableCopy: Sendable {
    let table: String
    let rows: Int
    /// SQLite columns PostgreSQL has no column for.
    let leftColumns: [String]
    let seconds: Double

    /// Rows read from SQLite and sent to PostgreSQL at a time.
    static let rowsPerWrite = 1_000
    /// About this much text and blob per write: a batch of long bodies stays a few MB.
    static let bytesPerWrite = 4 << 20

    static func run(_ table: CopiedTable, from reader: SQLiteStateReader, to target: PostgresTarget) async throws
        -> TableCopy
    {
        let started = ContinuousClock.now
        guard let sqliteColumns = try await reader.columns(of: table.name) else {
            throw StateMigrationError.missingTable(table.name, store: "SQLite")
        }
        let targetColumns = try await target.columns(of: table.name)
        guard !targetColumns.isEmpty else { throw StateMigrationError.missingTable(table.name, store: "PostgreSQL") }
        let copied = try columns(table, sqlite: Set(sqliteColumns), target: targetColumns)
        let identities = targetColumns.filter { column in
            column.isIdentity && copied.contains { $0.name == column.name }
        }
        try await reader.start(table, columns: copied)
        var rows = 0
        // COPY writes an identity column's values as given, as OVERRIDING SYSTEM VALUE would.
        try await target.connection.copyFrom(
            table: table.name, columns: copied.map(\.name), logger: target.logger
        ) { writer in
            while true {
                let batch = try await reader.nextBatch(maxRows: Self.rowsPerWrite, maxBytes: Self.bytesPerWrite)
                guard !batch.isEmpty else { break }
                var bytes: [UInt8] = []
                for row in batch { try CopyText.write(row, columns: copied, to: &bytes) }
                try await writer.write(ByteBuffer(bytes: bytes))
                rows += batch.count
            }
        }
        for identity in identities { try await target.moveSequence(table: table.name, column: identity.name) }
        let targetNames = Set(targetColumns.map(\.name))
        return TableCopy(
            table: table.name, rows: rows, leftColumns: sqliteColumns.filter { !targetNames.contains($0) },
            seconds: (ContinuousClock.now - started).seconds)
    }

    /// The columns both sides have (or PostgreSQL derives), in PostgreSQL's order.
    static func columns(_ table: CopiedTable, sqlite: Set<String>, target: [PostgresTarget.Column]) throws
        -> [CopiedColumn]
    {
        try target.compactMap { column in
            let source = table.derived[column.name] ?? (sqlite.contains(column.name) ? column.name : nil)
            guard let source else { return nil }
            guard let conversion = ColumnConversion(column: column.name, typeName: column.typeName) else {
                throw StateMigrationError.unsupportedColumn(
                    table: table.name, column: column.name, type: column.typeName)
            }
            return CopiedColumn(name: column.name, source: source, conversion: conversion)
        }
    }
}
