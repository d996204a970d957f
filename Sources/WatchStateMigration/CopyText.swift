import Foundation
import LibSQLite

#if canImport(Glibc)
    import Glibc
#endif

/// Rows in `COPY … FROM STDIN`'s text format: columns split by a tab, rows ended by a newline,
/// NULL as `\N`, and a backslash, tab, newline or carriage return inside a value escaped. One
/// COPY streams a whole table, far cheaper than binding every value of a multi-row INSERT.
enum CopyText {
    /// Appends `row` as one line. A batch is built as one byte array and handed to NIO once:
    /// per-value `ByteBuffer` writes cost ten times the rest of the copy.
    static func write(_ row: [SQLiteValue], columns: [CopiedColumn], to out: inout [UInt8]) throws {
        for (position, column) in columns.enumerated() {
            if position > 0 { out.append(tab) }
            try column.conversion.writeCopyText(row[position], to: &out)
        }
        out.append(newline)
    }

    static let backslash = UInt8(ascii: "\\")
    static let tab = UInt8(ascii: "\t")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")

    /// Appends `value`'s UTF-8 with COPY's escapes (byte by byte: a backslash is escaped even
    /// where a combining mark follows it, which a search by `Character` would miss).
    static func appendEscaped(_ value: String, to out: inout [UInt8]) {
        var value = value
        value.withUTF8 { bytes in
            guard needsEscape(bytes) else { return out.append(contentsOf: bytes) }
            for byte in bytes {
                switch byte {
                case backslash: out += [backslash, backslash]
                case tab: out += [backslash, UInt8(ascii: "t")]
                case newline: out += [backslash, UInt8(ascii: "n")]
                case carriageReturn: out += [backslash, UInt8(ascii: "r")]
                default: out.append(byte)
                }
            }
        }
    }

    /// Whether any byte needs an escape: `memchr` finds out at C speed for the common case of none.
    private static func needsEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        return [backslash, tab, newline, carriageReturn].contains { memchr(base, Int32($0), bytes.count) != nil }
    }

    /// A `text[]` literal of `elements`, each quoted (so an empty one, or one reading `NULL`, stays
    /// itself), with `"` and `\` escaped inside the quotes.
    static func arrayLiteral(_ elements: [String]) -> String {
        let quoted = elements.map { element in
            "\"" + element.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                + "\""
        }
        return "{" + quoted.joined(separator: ",") + "}"
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Appends a `bytea` in hex (`\x…`), its backslash escaped for COPY.
    static func appendHex(_ bytes: [UInt8], to out: inout [UInt8]) {
        out += [backslash, backslash, UInt8(ascii: "x")]
        for byte in bytes {
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0x0F)])
        }
    }
}
