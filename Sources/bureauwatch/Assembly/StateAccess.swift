import ArgumentParser
import Foundation
import Logging
import WatchConfig
import WatchCore

/// Opens the store for the read-only commands. They take no lock: SQLite in WAL mode lets them
/// read while the daemon writes.
enum StateAccess {
    static func openStore(_ config: Config, logger: Logger) async throws -> any Store {
        guard case .sqlite = config.store else { return try await StoreOpening.open(config, logger: logger).store }
        guard let store = try await StoreOpening.existing(config, logger: logger) else {
            let path = (config.stateDir as NSString).appendingPathComponent(Runtime.databaseName)
            FileHandle.standardError.write(Data("error: no state yet at \(path); run 'bureauwatch fetch' first\n".utf8))
            throw ExitCode(2)
        }
        return store
    }

    /// ISO 8601 in Asia/Shanghai, as everywhere else in the output.
    static func format(_ date: Date?) -> String {
        guard let date else { return "-" }
        var style = Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "Asia/Shanghai")!)
        style = style.year().month().day().time(includingFractionalSeconds: false).timeZone(separator: .colon)
        return date.formatted(style)
    }

    static func printJSON<T: Encodable>(_ value: T) throws {
        print(jsonEscapingControls(String(decoding: try jsonEncoder().encode(value), as: UTF8.self)))
    }

    /// The encoder of the commands' JSON: DESIGN.md's snake_case field names made from the
    /// properties' names (`firstSeen` is `first_seen`), keys sorted, slashes as they are.
    static func jsonEncoder(pretty: Bool = true) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }

    /// JSON with the control and bidi characters JSONEncoder leaves raw (C1, U+202A…) written as
    /// `\uXXXX` escapes: the same JSON value, harmless on a terminal.
    static func jsonEscapingControls(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: { ControlCharacters.isUnwanted($0, keepingLayout: true) }) else {
            return json
        }
        var out = ""
        for scalar in json.unicodeScalars {
            if ControlCharacters.isUnwanted(scalar, keepingLayout: true) {
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
