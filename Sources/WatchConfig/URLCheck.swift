import Foundation

/// What makes a configured http(s) URL unusable, found when the config is read rather than at
/// the first fetch: a scheme other than http/https, no host, a host with characters no host
/// name has, or a port outside 1–65535.
enum URLCheck {
    /// Characters a host name (or an IPv4 address) is made of; an IPv6 literal is bracketed.
    static let hostAlphabet = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._")
    static let ports = 1...65535

    /// Why `text` is not a usable absolute http(s) URL, or `nil` when it is.
    static func problem(in text: String) -> String? {
        guard let colon = text.range(of: "://") else { return "it is not an absolute http or https URL" }
        let scheme = text[..<colon.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return "the scheme '\(scheme)' is not http or https" }
        let afterScheme = text[colon.upperBound...]
        let authority = afterScheme.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostPort = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? ""
        let (host, port) = split(hostPort)
        guard !host.isEmpty else { return "it has no host" }
        if !host.hasPrefix("[") && !host.allSatisfy(hostAlphabet.contains)
            && !host.unicodeScalars.contains(where: { $0.value > 127 })
        {
            return "the host '\(host)' is not a host name"
        }
        if let port {
            guard let number = Int(port), ports.contains(number) else { return "the port '\(port)' is not in 1–65535" }
        }
        guard URLComponents(string: text) != nil || URL(string: text) != nil else {
            return "it is not a well-formed URL"
        }
        return nil
    }

    /// Host and port (when a colon after the host gives one) of `host[:port]` or `[v6][:port]`.
    static func split(_ hostPort: Substring) -> (Substring, Substring?) {
        if hostPort.hasPrefix("["), let close = hostPort.firstIndex(of: "]") {
            let rest = hostPort[hostPort.index(after: close)...]
            return (hostPort[...close], rest.hasPrefix(":") ? rest.dropFirst() : nil)
        }
        guard let colon = hostPort.lastIndex(of: ":") else { return (hostPort, nil) }
        return (hostPort[..<colon], hostPort[hostPort.index(after: colon)...])
    }
}
