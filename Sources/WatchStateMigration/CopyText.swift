import LibSQLite
import PostgresNIO

/// Rows in `COPY … FROM STDIN`'s text format: columns split by a tab, rows ended by a newline,
/// NULL as `\N`, and a backslash, tab, newline or carriage return inside a value escaped. One
/// COPY streams a whole table at the cost of a byte buffer per batch, far cheaper than
/// binding every value of a multi-row INSERT.
enum CopyText {
    static func write(_ row: [SQLiteValue], columns: [CopiedColumn], to buffer: inout ByteBuffer) throws {
        for (position, column) in columns.enumerated() {
            if position > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
            try column.conversion.writeCopyText(row[position], to: &buffer)
        }
        buffer.writeInteger(UInt8(ascii: "\n"))
    }

    /// `text` with COPY's escapes.
    static func writeEscaped(_ text: String, to buffer: inout ByteBuffer) {
        let utf8 = text.utf8
        guard utf8.contains(where: needsEscape) else {
            buffer.writeString(text)
            return
        }
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
            case UInt8(ascii: "\t"): buffer.writeStaticString("\\t")
            case UInt8(ascii: "\n"): buffer.writeStaticString("\\n")
            case UInt8(ascii: "\r"): buffer.writeStaticString("\\r")
            default: buffer.writeInteger(byte)
            }
        }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
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

    /// A `bytea` in hex (`\x…`), its backslash escaped for COPY.
    static func writeHex(_ bytes: [UInt8], to buffer: inout ByteBuffer) {
        buffer.writeStaticString("\\\\x")
        for byte in bytes {
            buffer.writeInteger(hexDigits[Int(byte >> 4)])
            buffer.writeInteger(hexDigits[Int(byte & 0x0F)])
        }
    }
}
