import Foundation
import LibSQLite
import WatchCore

/// Conversions between the store's Swift values and their SQLite columns.
extension SQLiteStatement {
    func date(at column: Int32) -> Date? {
        isNull(at: column) ? nil : Date(timeIntervalSince1970: double(at: column))
    }

    func requiredString(at column: Int32, _ what: String) throws -> String {
        guard let text = string(at: column) else { throw StoreError.corrupt("\(what) is NULL") }
        return text
    }

    func sourceKind(at column: Int32) throws -> SourceRole {
        let text = string(at: column) ?? ""
        guard let kind = SourceRole(rawValue: text) else { throw StoreError.corrupt("source kind \"\(text)\"") }
        return kind
    }
}

extension SQLiteValue {
    static func date(_ value: Date) -> SQLiteValue { .real(value.timeIntervalSince1970) }
    static func optionalDate(_ value: Date?) -> SQLiteValue { value.map(date) ?? .null }
    /// A SimHash's 64 bits, unchanged, as SQLite's signed INTEGER.
    static func simhash(_ value: UInt64) -> SQLiteValue { .integer(Int64(bitPattern: value)) }
}

/// How lists are kept in one TEXT column.
enum ColumnCoding {
    /// Numbers are joined with the ASCII unit separator, which normalized numbers never contain.
    static let numberSeparator: Character = "\u{1F}"

    static func numbers(_ numbers: [String]) -> String { numbers.joined(separator: String(numberSeparator)) }

    static func numbers(from text: String) -> [String] {
        text.isEmpty ? [] : text.split(separator: numberSeparator, omittingEmptySubsequences: false).map(String.init)
    }

    /// A containment sketch as 8 hex digits per hash.
    static func sketch(_ sketch: [UInt32]) -> String {
        sketch.map { hash in
            let digits = String(hash, radix: 16)
            return String(repeating: "0", count: 8 - digits.count) + digits
        }.joined()
    }

    /// The sketch read back; empty for NULL or a malformed column (the text then matches by SimHash only).
    static func sketch(from text: String?) -> [UInt32] {
        guard let text, text.utf8.count % 8 == 0 else { return [] }
        var hashes: [UInt32] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            guard let hash = UInt32(rest.prefix(8), radix: 16) else { return [] }
            hashes.append(hash)
            rest = rest.dropFirst(8)
        }
        return hashes
    }
}
