/// A JSON document whose objects keep their keys in the order written: the payload's field order
/// is part of its published contract, which `JSONEncoder` does not promise.
public indirect enum JSONValue: Sendable, Hashable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized == rhs.serialized }
    public func hash(into hasher: inout Hasher) { hasher.combine(serialized) }

    /// `nil` becomes JSON `null`.
    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// Compact UTF-8 JSON text.
    public var serialized: String {
        var out = ""
        write(into: &out)
        return out
    }

    /// The UTF-8 bytes of `serialized`.
    public var bytes: [UInt8] { Array(serialized.utf8) }

    private func write(into out: inout String) {
        switch self {
        case .string(let text): Self.writeString(text, into: &out)
        case .int(let number): out += String(number)
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                item.write(into: &out)
            }
            out += "]"
        case .object(let fields):
            out += "{"
            for (index, (key, value)) in fields.enumerated() {
                if index > 0 { out += "," }
                Self.writeString(key, into: &out)
                out += ":"
                value.write(into: &out)
            }
            out += "}"
        }
    }

    /// RFC 8259 string: quote, backslash and control characters escaped; the rest stays UTF-8.
    private static func writeString(_ text: String, into out: inout String) {
        QuotedString.write(text, into: &out) { scalar in
            // U+2028 and U+2029 end a line in JavaScript: escaped, the JSON is also valid JS.
            scalar.value < 0x20 || scalar == "\u{2028}" || scalar == "\u{2029}"
                ? QuotedString.hexEscape(scalar, "u", digits: 4) : nil
        }
    }
}
