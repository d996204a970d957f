import NIOCore
import PostgresNIO

/// Reads the one-dimensional `text[]` and `integer[]` cells the store keeps (a fingerprint's
/// numbers and containment sketch) straight from PostgreSQL's binary array layout. postgres-nio's
/// generic array decoder took 16 % of a daemon's start at 50 000 fingerprints. Anything else
/// (text format, NULL elements, more dimensions, another element type) answers nil, and the
/// caller falls back to that decoder, which reads or rejects it.
enum BinaryArray {
    /// The elements of a `text[]` cell; nil when it is not a plain binary one.
    static func strings(_ cell: PostgresCell) -> [String]? {
        elements(of: cell, type: .text) { String(buffer: $0) }
    }

    /// The elements of an `integer[]` cell; nil when it is not a plain binary one.
    static func int32s(_ cell: PostgresCell) -> [Int32]? {
        elements(of: cell, type: .int4) { element in
            var element = element
            return element.readableBytes == 4 ? element.readInteger(as: Int32.self) : nil
        }
    }

    /// The layout: dimensions, a has-NULLs flag, the element type, then for one dimension its
    /// length and lower bound, then each element as a length and its bytes.
    private static func elements<T>(
        of cell: PostgresCell, type: PostgresDataType, _ read: (ByteBuffer) -> T?
    ) -> [T]? {
        guard cell.format == .binary, var buffer = cell.bytes,
            let dimensions = buffer.readInteger(as: Int32.self), let hasNulls = buffer.readInteger(as: Int32.self),
            let elementType = buffer.readInteger(as: UInt32.self), hasNulls == 0, elementType == type.rawValue
        else { return nil }
        if dimensions == 0 { return buffer.readableBytes == 0 ? [] : nil }
        guard dimensions == 1, let count = buffer.readInteger(as: Int32.self), count >= 0,
            buffer.readInteger(as: Int32.self) != nil
        else { return nil }
        var values: [T] = []
        values.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let length = buffer.readInteger(as: Int32.self), length >= 0,
                let bytes = buffer.readSlice(length: Int(length)), let value = read(bytes)
            else { return nil }
            values.append(value)
        }
        return buffer.readableBytes == 0 ? values : nil
    }
}
