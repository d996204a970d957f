import Foundation
import PostgresNIO
import WatchCore

/// One result row read by column position, with the store's conversions: times are Unix
/// seconds (`double precision`, a `Date` comes back exactly, as in the SQLite store), SimHashes
/// a `bigint` with the `UInt64`'s bits.
struct StoreRow {
    private let row: PostgresRandomAccessRow

    init(_ row: PostgresRow) { self.row = row.makeRandomAccess() }

    func string(_ column: Int) throws -> String? { try row[column].decode(String?.self) }

    func requiredString(_ column: Int, _ what: String) throws -> String {
        guard let text = try string(column) else { throw StoreError.corrupt("\(what) is NULL") }
        return text
    }

    func int(_ column: Int) throws -> Int { try row[column].decode(Int?.self) ?? 0 }

    func int64(_ column: Int) throws -> Int64 { try row[column].decode(Int64?.self) ?? 0 }

    func bool(_ column: Int) throws -> Bool { try row[column].decode(Bool?.self) ?? false }

    func double(_ column: Int) throws -> Double? { try row[column].decode(Double?.self) }

    func date(_ column: Int) throws -> Date? { try double(column).map(Date.init(timeIntervalSince1970:)) }

    /// A source's lease from its holder and expiry columns; nil when it has none.
    func lease(holder: Int, expiry: Int) throws -> SourceLease? {
        SourceLease(holder: try string(holder), expiresAt: try date(expiry))
    }

    func simhash(_ column: Int) throws -> UInt64 { UInt64(bitPattern: try int64(column)) }

    func strings(_ column: Int) throws -> [String] {
        let cell = row[column]
        return try BinaryArray.strings(cell) ?? cell.decode([String]?.self) ?? []
    }

    /// A containment sketch kept as `integer[]` (each `UInt32`'s bits as an `int4`).
    func sketch(_ column: Int) throws -> [UInt32] {
        let cell = row[column]
        return (try BinaryArray.int32s(cell) ?? cell.decode([Int32]?.self) ?? []).map { UInt32(bitPattern: $0) }
    }

    func bytes(_ column: Int) throws -> [UInt8] {
        guard let buffer = try row[column].decode(ByteBuffer?.self) else { return [] }
        return Array(buffer.readableBytesView)
    }

    func sourceKind(_ column: Int) throws -> SourceRole {
        let text = try string(column) ?? ""
        guard let kind = SourceRole(rawValue: text) else { throw StoreError.corrupt("source kind \"\(text)\"") }
        return kind
    }

    func articleID(_ column: Int) throws -> ArticleID { ArticleID(try int64(column)) }
}
