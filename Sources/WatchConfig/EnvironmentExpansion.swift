/// `${VAR}` in config values reads the environment, so secrets stay out of the file.
enum EnvironmentExpansion {
    static func expand(_ text: String, environment: [String: String],
                       unset: (String) -> ConfigError) throws -> String {
        guard text.contains("${") else { return text }
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
