/// A value to bind to a statement parameter.
public enum SQLiteValue: Sendable, Hashable {
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])
    case null
}

extension SQLiteValue {
    /// `.integer`, or `.null` for nil.
    public static func int(_ value: Int?) -> SQLiteValue { value.map { .integer(Int64($0)) } ?? .null }
    /// `.text`, or `.null` for nil.
    public static func optionalText(_ value: String?) -> SQLiteValue { value.map(SQLiteValue.text) ?? .null }
    /// `.real`, or `.null` for nil.
    public static func optionalReal(_ value: Double?) -> SQLiteValue { value.map(SQLiteValue.real) ?? .null }
    /// 1 or 0, SQLite's booleans.
    public static func bool(_ value: Bool) -> SQLiteValue { .integer(value ? 1 : 0) }
}

extension SQLiteStatement {
    /// Binds `values` to parameters 1…n.
    public func bind(_ values: [SQLiteValue]) throws {
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            switch value {
            case .integer(let number): try bind(number, at: index)
            case .real(let number): try bind(number, at: index)
            case .text(let text): try bind(text, at: index)
            case .blob(let bytes): try bind(bytes, at: index)
            case .null: try bindNull(at: index)
            }
        }
    }
}
