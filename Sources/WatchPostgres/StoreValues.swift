import Foundation
import PostgresNIO
import WatchCore

/// The store's Swift values as the columns keep them (see `StoreRow` for the way back).
enum StoreValues {
    static func seconds(_ date: Date) -> Double { date.timeIntervalSince1970 }

    static func seconds(_ date: Date?) -> Double? { date?.timeIntervalSince1970 }

    static func simhash(_ value: UInt64) -> Int64 { Int64(bitPattern: value) }

    static func sketch(_ sketch: [UInt32]) -> [Int32] { sketch.map { Int32(bitPattern: $0) } }

    static func bytes(_ bytes: [UInt8]) -> ByteBuffer { ByteBuffer(bytes: bytes) }
}
