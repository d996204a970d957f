import WatchCore

/// A problem in sources.yaml, located: `file:line:column: what is wrong, what was expected`.
public struct ConfigError: Error, Equatable, CustomStringConvertible {
    public let file: String
    /// 1-based; 0 when the problem has no position (e.g. the file cannot be read).
    public let line: Int
    public let column: Int
    public let message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        // A refused URL is quoted back; its credentials are not.
        self.message = SecretRedaction.redact(message)
    }

    public var description: String {
        line > 0 ? "\(file):\(line):\(column): \(message)" : "\(file): \(message)"
    }
}
