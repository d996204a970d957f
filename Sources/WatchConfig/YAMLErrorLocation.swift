import Yams

/// Turns Yams' syntax errors into located `ConfigError`s.
enum YAMLErrorLocation {
    static func configError(_ error: YamlError, file: String) -> ConfigError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return ConfigError(file: file, line: mark.line, column: mark.column, message: "YAML syntax: \(problem)")
        case .reader(let problem, let offset?, _, let yaml):
            let place = TextPosition(byteOffset: offset, in: Array(yaml.utf8))
            return ConfigError(file: file, line: place.line, column: place.column, message: "YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ConfigError(
                file: file, line: context.mark.line, column: context.mark.column,
                message: "duplicate key '\(duplicates.joined(separator: "', '"))'; each key may appear once")
        default:
            return ConfigError(file: file, line: 0, column: 0, message: "YAML: \(error)")
        }
    }
}
