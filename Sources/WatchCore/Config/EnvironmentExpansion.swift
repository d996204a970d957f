/// `${VAR}` in config values reads the environment, so secrets stay out of the file. The config
/// loader expands most values at load; webhook URLs and secrets keep their `${VAR}` until the
/// webhook is used (`WebhookConfig.resolved(in:)`), so commands that only read need no secret.
public enum EnvironmentExpansion {
    /// `text` with every `${NAME}` replaced from `environment`; an unset name is handed to
    /// `unset`, whose error is thrown. A `${` without its `}` is kept as written.
    public static func expand(
        _ text: String, environment: [String: String],
        unset: (String) -> any Error
    ) throws -> String {
        // Most values have no `$` at all; a byte scan says so without a substring search.
        guard text.utf8.contains(UInt8(ascii: "$")), text.contains("${") else { return text }
        var result = ""
        var rest = text[...]
        while let start = rest.range(of: "${") {
            result += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].firstIndex(of: "}") else {
                result += rest[start.lowerBound...]
                return result
            }
            let name = String(rest[start.upperBound..<end])
            guard let value = environment[name] else { throw unset(name) }
            result += value
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }

}

/// A `${NAME}` whose variable the environment does not set.
public struct UnsetVariable: Error, Hashable, CustomStringConvertible {
    public let name: String

    public init(name: String) { self.name = name }

    public var description: String { "${\(name)} is not set in the environment" }
}
