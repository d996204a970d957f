import ArgumentParser
import Foundation
import Logging
import WatchConfig
import WatchStore

/// Opens the store for the read-only commands. They take no lock: SQLite in WAL mode lets them
/// read while the daemon writes.
enum StateAccess {
    static func openStore(_ config: Config, logger: Logger) throws -> SQLiteStore {
        let path = (config.stateDir as NSString).appendingPathComponent(Runtime.databaseName)
        guard FileManager.default.fileExists(atPath: path) else {
            FileHandle.standardError.write(Data("error: no state yet at \(path); run 'bureauwatch fetch' first\n".utf8))
            throw ExitCode(2)
        }
        return try SQLiteStore(path: path, logger: logger)
    }

    /// ISO 8601 in Asia/Shanghai, as everywhere else in the output.
    static func format(_ date: Date?) -> String {
        guard let date else { return "-" }
        var style = Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "Asia/Shanghai")!)
        style = style.year().month().day().time(includingFractionalSeconds: false).timeZone(separator: .colon)
        return date.formatted(style)
    }

    static func printJSON<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}
