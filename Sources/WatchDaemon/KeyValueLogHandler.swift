import Foundation
import Logging
import WatchCore

/// One line per event on stderr: `2026-11-21T18:00:00Z info source=spb-news message`, metadata as
/// sorted key=value pairs (values with spaces quoted). Credentials in URLs are masked here, so
/// no library has to remember to. Colour only when stderr is a terminal.
public struct KeyValueLogHandler: LogHandler {
    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]
    private let label: String
    private let colour: Bool
    private let write: @Sendable (String) -> Void

    public init(
        label: String, level: Logger.Level, colour: Bool = isatty(STDERR_FILENO) == 1,
        write: @escaping @Sendable (String) -> Void = KeyValueLogHandler.writeToStandardError
    ) {
        self.label = label
        self.logLevel = level
        self.colour = colour
        self.write = write
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        let pairs = merged.sorted { $0.key < $1.key }.map {
            "\($0.key)=\(Self.quoted(SecretRedaction.redact($0.value.description)))"
        }
        let level = colour ? Self.coloured(event.level) : event.level.rawValue
        let stamp = Date().formatted(.iso8601)
        write(
            ([stamp, level, label + ":", SecretRedaction.redact(event.message.description)] + pairs).joined(
                separator: " ") + "\n")
    }

    static func quoted(_ value: String) -> String {
        guard value.isEmpty || value.contains(where: { $0 == " " || $0 == "\"" || $0 == "=" || $0.isNewline }) else {
            return value
        }
        let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
        return "\"\(escaped)\""
    }

    static func coloured(_ level: Logger.Level) -> String {
        let code =
            switch level {
            case .trace, .debug: "2"
            case .info, .notice: "32"
            case .warning: "33"
            case .error, .critical: "31"
            }
        return "\u{1B}[\(code)m\(level.rawValue)\u{1B}[0m"
    }

    public static let writeToStandardError: @Sendable (String) -> Void = { line in
        FileHandle.standardError.write(Data(line.utf8))
    }
}
