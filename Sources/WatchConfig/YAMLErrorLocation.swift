import LibYAML

/// Turns libyaml's errors into located `ConfigError`s.
enum YAMLErrorLocation {
    static func configError(_ error: YAMLError, file: String, bytes: [UInt8]) -> ConfigError {
        switch error.stage {
        case .scanner, .parser:
            return ConfigError(
                file: file, line: error.mark.line, column: error.mark.column, message: "YAML syntax: \(error.problem)")
        case .reader:
            // Reader errors carry a byte offset, not a mark.
            let place = TextPosition(byteOffset: error.byteOffset, in: bytes)
            return ConfigError(file: file, line: place.line, column: place.column, message: "YAML: \(error.problem)")
        case .memory:
            return ConfigError(file: file, line: 1, column: 1, message: "YAML: \(error.problem)")
        }
    }
}
