import Foundation
import WatchCore

/// A YAML node with the file it came from and its path in the document, so every
/// complaint about it can name `file:line:column` and the key.
struct ConfigNode {
    let node: YAMLNode
    let file: String
    /// Where in the document, e.g. `sources[2].interval`.
    let path: String
    let environment: [String: String]

    func error(_ message: String) -> ConfigError {
        ConfigError(file: file, line: Int(node.line), column: Int(node.column), message: message)
    }

    func child(_ node: YAMLNode, _ key: String) -> ConfigNode {
        ConfigNode(node: node, file: file, path: path.isEmpty ? key : "\(path).\(key)", environment: environment)
    }

    /// The mapping's values by key; a key outside `allowed` is an error at that key.
    func mapping(allowed: [String]) throws -> [String: ConfigNode] {
        guard case .mapping(let pairs) = node.content else {
            throw error("\(describe) must be a mapping with keys: \(allowed.joined(separator: ", "))")
        }
        var result: [String: ConfigNode] = [:]
        for pair in pairs {
            guard case .scalar(let name) = pair.key.content else {
                throw child(pair.key, "?").error("keys in \(describe) must be plain words")
            }
            guard allowed.contains(name) else {
                throw child(pair.key, name).error(
                    "unknown key '\(name)' in \(describe); expected one of: \(allowed.joined(separator: ", "))"
                )
            }
            result[name] = child(pair.value, name)
        }
        return result
    }

    func sequence() throws -> [ConfigNode] {
        guard case .sequence(let sequence) = node.content else { throw error("\(describe) must be a list") }
        return sequence.enumerated().map { index, item in
            ConfigNode(node: item, file: file, path: "\(path)[\(index)]", environment: environment)
        }
    }

    /// A scalar as text, with `${VAR}` replaced from the environment (an unset one is an error).
    func string() throws -> String {
        guard case .scalar(let text) = node.content else { throw error("\(describe) must be a single value") }
        return try EnvironmentExpansion.expand(text, environment: environment) { name in
            error("\(describe) uses ${\(name)}, which is not set in the environment")
        }
    }

    /// The scalar as written, `${VAR}` kept: webhook URLs and secrets, resolved when used.
    func rawString() throws -> String {
        guard case .scalar(let text) = node.content else { throw error("\(describe) must be a single value") }
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw error("\(describe) must not be empty")
        }
        return text
    }

    /// The located error for a `${VAR}` in this scalar that the environment does not set.
    func unsetVariable() -> ConfigError? {
        do {
            _ = try string()
            return nil
        } catch {
            return error as? ConfigError
        }
    }

    func nonEmptyString() throws -> String {
        let text = try string()
        guard text.unicodeScalars.contains(where: { !Self.isBlank($0) }) else {
            throw error("\(describe) must not be empty")
        }
        return text
    }

    /// What a blank value is made of: Foundation's whitespace (tab, the space separators and
    /// the zero-width space pasted with text from web pages), tested scalar by scalar rather than
    /// by building a trimmed copy of every value.
    private static let blanks = CharacterSet.whitespaces

    static func isBlank(_ scalar: Unicode.Scalar) -> Bool { blanks.contains(scalar) }

    func bool() throws -> Bool {
        switch try string().lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error("\(describe) must be true or false")
        }
    }

    func int(in range: ClosedRange<Int>) throws -> Int {
        guard let value = Int(try string()), range.contains(value) else {
            throw error("\(describe) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// `90s`, `10m`, `2h`, `1d` (and `500ms` for short timeouts), within `range` seconds.
    func duration(in range: ClosedRange<Double>) throws -> Duration {
        let text = try string()
        guard let seconds = DurationSyntax.seconds(text), range.contains(seconds) else {
            throw error(
                "\(describe) must be a duration like 90s, 10m, 2h or 1d, from \(DurationSyntax.format(range.lowerBound)) to \(DurationSyntax.format(range.upperBound)); got '\(text)'"
            )
        }
        return .milliseconds(Int64((seconds * 1000).rounded()))
    }

    /// `10%` (or a plain number of percent), as a fraction from 0 to 0.5.
    func fraction() throws -> Double {
        var text = try string()
        if text.hasSuffix("%") { text.removeLast() }
        guard let percent = Double(text.trimmingCharacters(in: .whitespaces)), (0...50).contains(percent) else {
            throw error("\(describe) must be a percentage from 0% to 50%")
        }
        return percent / 100
    }

    /// How this node is named in messages: `'interval' in sources[2]`.
    var describe: String {
        guard let dot = path.lastIndex(of: ".") else { return path.isEmpty ? "the document" : "'\(path)'" }
        return "'\(path[path.index(after: dot)...])' in \(path[..<dot])"
    }
}
