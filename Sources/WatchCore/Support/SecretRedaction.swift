/// Hides the credentials that ride in URLs (`user:pass@`, `?access_token=…`, `key=`, `secret=`,
/// `sign=`…) wherever a URL is shown to a person: log lines, `sources` output, error messages.
/// The one place that decides what a secret looks like; requests still use the real URL.
public enum SecretRedaction {
    /// What a hidden value becomes.
    public static let mask = "***"
    /// A query parameter whose lowercased name contains one of these holds a secret. Broad on
    /// purpose: hiding a harmless `?keyword=` costs less than showing a token.
    static let sensitiveNameParts = ["token", "key", "secret", "pass", "pwd", "auth", "sig", "session", "credential"]
    /// Characters that end a URL inside running text.
    static let urlTerminators: Set<Character> = [" ", "\t", "\n", "\r", "\"", "'", "<", ">", "(", ")", ","]

    /// `text` with the credentials of every URL in it masked.
    public static func redact(_ text: String) -> String {
        guard text.contains("://") else { return text }
        var result = ""
        var rest = Substring(text)
        while let separator = rest.range(of: "://") {
            var start = separator.lowerBound
            while start > rest.startIndex, isSchemeCharacter(rest[rest.index(before: start)]) {
                start = rest.index(before: start)
            }
            let end = rest[separator.upperBound...].firstIndex { urlTerminators.contains($0) } ?? rest.endIndex
            result += rest[..<start]
            result += redactURL(rest[start..<end])
            rest = rest[end...]
        }
        return result + rest
    }

    /// One URL with its userinfo and sensitive query values masked.
    static func redactURL(_ url: Substring) -> String {
        guard let schemeEnd = url.range(of: "://") else { return String(url) }
        let afterScheme = url[schemeEnd.upperBound...]
        let authorityEnd = afterScheme.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? afterScheme.endIndex
        var authority = afterScheme[..<authorityEnd]
        if let at = authority.lastIndex(of: "@") { authority = Substring(mask) + authority[at...] }
        let tail = afterScheme[authorityEnd...]
        return String(url[..<schemeEnd.upperBound]) + authority + redactQuery(tail)
    }

    /// Path, query and fragment, with sensitive parameter values masked.
    static func redactQuery(_ tail: Substring) -> String {
        guard let question = tail.firstIndex(of: "?") else { return String(tail) }
        let fragmentStart = tail[question...].firstIndex(of: "#") ?? tail.endIndex
        let parameters = tail[tail.index(after: question)..<fragmentStart].split(
            separator: "&", omittingEmptySubsequences: false)
        let masked = parameters.map { parameter -> String in
            guard let equals = parameter.firstIndex(of: "="), isSensitive(parameter[..<equals]) else {
                return String(parameter)
            }
            return parameter[...equals] + mask
        }
        return tail[...question] + masked.joined(separator: "&") + tail[fragmentStart...]
    }

    static func isSensitive(_ name: Substring) -> Bool {
        let lowered = name.lowercased()
        return sensitiveNameParts.contains { lowered.contains($0) }
    }

    static func isSchemeCharacter(_ character: Character) -> Bool {
        character.isASCII
            && (character.isLetter || character.isNumber || character == "+" || character == "-" || character == ".")
    }
}
