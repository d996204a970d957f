import LibSQLite

/// How one SQLite column becomes its PostgreSQL one, chosen by the PostgreSQL column's type
/// (and, for the two list columns, its name): SQLite keeps lists as text, PostgreSQL as arrays.
enum ColumnConversion: Sendable, Equatable {
    case text
    case double
    case int32
    case int64
    /// SQLite's 0/1 integer as a `boolean` (`articles.removed`).
    case bool
    /// A JSON text as `jsonb` or `json` (`articles.attachments`).
    case json
    /// A blob as `bytea` (`outbox.payload`).
    case bytes
    /// Normalized numbers joined with the ASCII unit separator, as `text[]` (`numbers`).
    case unitSeparatedList
    /// A containment sketch as 8 hex digits per hash, as `integer[]` (`sketch`).
    case hexSketch

    /// The list separator the SQLite store writes (`ColumnCoding.numberSeparator`), U+001F.
    static let unitSeparator = 31

    /// The conversion for a PostgreSQL column of type `typeName` (`udt_name`), nil when none fits.
    init?(column: String, typeName: String) {
        switch (typeName, column) {
        case ("text", _), ("varchar", _), ("bpchar", _): self = .text
        case ("float8", _), ("float4", _), ("numeric", _): self = .double
        case ("int2", _), ("int4", _): self = .int32
        case ("int8", _): self = .int64
        case ("bool", _): self = .bool
        case ("jsonb", _), ("json", _): self = .json
        case ("bytea", _): self = .bytes
        case ("_text", "numbers"): self = .unitSeparatedList
        case ("_int4", "sketch"): self = .hexSketch
        default: return nil
        }
    }

    /// Reads the SQLite row's `column` as this conversion needs it.
    func read(_ row: SQLiteStatement, _ column: Int32) -> SQLiteValue {
        guard !row.isNull(at: column) else { return .null }
        switch self {
        case .text, .json, .unitSeparatedList, .hexSketch: return row.string(at: column).map(SQLiteValue.text) ?? .null
        case .double: return .real(row.double(at: column))
        case .int32, .int64, .bool: return .integer(row.int64(at: column))
        case .bytes: return .blob(row.bytes(at: column) ?? [])
        }
    }

    /// Appends `value` to `out` in COPY's text format, as the PostgreSQL column takes it.
    func writeCopyText(_ value: SQLiteValue, to out: inout [UInt8]) throws {
        switch (self, value) {
        case (_, .null): out += Self.null
        case (.text, .text(let text)), (.json, .text(let text)): CopyText.appendEscaped(text, to: &out)
        case (.double, .real(let number)): out += number.description.utf8
        case (.int32, .integer(let number)): out += String(try Self.int32(number)).utf8
        case (.int64, .integer(let number)): out += String(number).utf8
        case (.bool, .integer(let number)): out.append(UInt8(ascii: number != 0 ? "t" : "f"))
        case (.bytes, .blob(let bytes)): CopyText.appendHex(bytes, to: &out)
        case (.unitSeparatedList, .text(let text)):
            CopyText.appendEscaped(CopyText.arrayLiteral(Self.list(fromUnitSeparated: text)), to: &out)
        case (.hexSketch, .text(let text)):
            // A malformed sketch reads back as none in SQLite too: NULL, matched by SimHash only.
            guard let sketch = Self.sketch(fromHex: text) else {
                out += Self.null
                return
            }
            out += ("{" + sketch.map { String($0) }.joined(separator: ",") + "}").utf8
        default: throw StateMigrationError.unexpectedValue("\(value) for a \(self) column")
        }
    }

    /// COPY's NULL: `\N`.
    static let null: [UInt8] = [UInt8(ascii: "\\"), UInt8(ascii: "N")]

    /// The SQLite store's list, split as `ColumnCoding.numbers(from:)` does.
    static func list(fromUnitSeparated text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        return text.split(separator: Character(Unicode.Scalar(UInt8(unitSeparator))), omittingEmptySubsequences: false)
            .map(String.init)
    }

    static func int32(_ number: Int64) throws -> Int32 {
        guard let narrow = Int32(exactly: number) else {
            throw StateMigrationError.unexpectedValue("\(number) does not fit a 32-bit integer column")
        }
        return narrow
    }

    /// 8 hex digits per hash, each hash's bits as a signed `int4` (the PostgreSQL store's
    /// `StoreValues.sketch`); nil when the text is not whole hashes.
    static func sketch(fromHex text: String) -> [Int32]? {
        guard text.utf8.count % 8 == 0 else { return nil }
        var hashes: [Int32] = []
        hashes.reserveCapacity(text.utf8.count / 8)
        var rest = Substring(text)
        while !rest.isEmpty {
            guard let hash = UInt32(rest.prefix(8), radix: 16) else { return nil }
            hashes.append(Int32(bitPattern: hash))
            rest = rest.dropFirst(8)
        }
        return hashes
    }
}
