import Foundation
import PostgresNIO
import WatchCore

/// Where the PostgreSQL store lives: `postgres://user[:password]@host[:port]/database[?options]`
/// (or `postgresql://`). The password may be `${VAR}`, read from the environment, so it stays out
/// of the config file; without one, `~/.pgpass` (or `$PGPASSFILE`) is asked as libpq would.
/// `?host=/run/postgresql` connects through the unix socket in that folder; `?sslmode=disable`,
/// `prefer` (the default) or `require` choose TLS.
public struct PostgresStoreURL: Sendable, Hashable {
    public var user: String
    public var password: String?
    /// A host name or address; empty when `socketFolder` is used.
    public var host: String
    public var port: Int
    public var database: String
    /// The folder of the server's unix socket (`?host=/path`), if any.
    public var socketFolder: String?
    public var sslMode: SSLMode

    public enum SSLMode: String, Sendable, Hashable {
        case disable, prefer, require
    }

    public static let defaultPort = 5432

    /// Whether `text` names a PostgreSQL store (the config's `store:` value).
    public static func isPostgres(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Parses `text`, expanding `${VAR}` in the password from `environment`.
    public init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard let schemeEnd = text.range(of: "://"), Self.isPostgres(text) else {
            throw PostgresStoreURLError.notPostgres
        }
        var rest = Substring(text[schemeEnd.upperBound...])
        var options: [String: String] = [:]
        if let question = rest.firstIndex(of: "?") {
            options = Self.options(rest[rest.index(after: question)...])
            rest = rest[..<question]
        }
        var authority = rest
        var database = ""
        if let slash = rest.firstIndex(of: "/") {
            authority = rest[..<slash]
            database = Self.decode(rest[rest.index(after: slash)...])
        }
        var user = ""
        var password: String?
        if let at = authority.lastIndex(of: "@") {
            (user, password) = try Self.credentials(authority[..<at], environment: environment)
            authority = authority[authority.index(after: at)...]
        }
        let (host, port) = try Self.hostAndPort(authority)
        guard !user.isEmpty else { throw PostgresStoreURLError.missingUser }
        self.user = user
        self.password = password
        self.host = host
        self.port = port
        self.database = database.isEmpty ? user : database
        self.socketFolder = options["host"].flatMap { $0.hasPrefix("/") ? $0 : nil }
        guard let mode = SSLMode(rawValue: options["sslmode"] ?? SSLMode.prefer.rawValue) else {
            throw PostgresStoreURLError.badOption("sslmode=\(options["sslmode"] ?? "")")
        }
        self.sslMode = mode
    }

    /// The URL without its password, for messages.
    public var redacted: String {
        let place = socketFolder.map { "?host=\($0)" } ?? ""
        return "postgres://\(user)@\(host):\(port)/\(database)\(place)"
    }

    private static func credentials(_ userInfo: Substring, environment: [String: String]) throws
        -> (user: String, password: String?)
    {
        guard let colon = userInfo.firstIndex(of: ":") else { return (decode(userInfo), nil) }
        let raw = String(userInfo[userInfo.index(after: colon)...])
        // A password from the environment is used as it is; a literal one is percent-decoded.
        let password =
            raw.contains("${")
            ? try EnvironmentExpansion.expand(raw, environment: environment) { UnsetVariable(name: $0) }
            : decode(Substring(raw))
        return (decode(userInfo[..<colon]), password)
    }

    private static func hostAndPort(_ authority: Substring) throws -> (String, Int) {
        var host = authority
        var portText: Substring?
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
            host = authority[authority.index(after: authority.startIndex)..<close]
            let after = authority[authority.index(after: close)...]
            if after.hasPrefix(":") { portText = after.dropFirst() }
        } else if let colon = authority.lastIndex(of: ":") {
            host = authority[..<colon]
            portText = authority[authority.index(after: colon)...]
        }
        guard let portText else { return (String(host), defaultPort) }
        guard let port = Int(portText), (1...65_535).contains(port) else { throw PostgresStoreURLError.badPort }
        return (String(host), port)
    }

    private static func options(_ query: Substring) -> [String: String] {
        var options: [String: String] = [:]
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            options[decode(parts[0])] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return options
    }

    private static func decode(_ text: Substring) -> String {
        String(text).removingPercentEncoding ?? String(text)
    }
}
