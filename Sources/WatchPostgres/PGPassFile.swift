import Foundation

/// A libpq password file (`~/.pgpass`, or `$PGPASSFILE`): lines of
/// `host:port:database:user:password`, `*` matching anything in the first four fields, `\:` and
/// `\\` escaping, `#` starting a comment. The first matching line wins.
public struct PGPassFile: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var host, port, database, user, password: String
    }

    public var entries: [Entry]

    public init(text: String) {
        entries = text.split(whereSeparator: \.isNewline).compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = Self.fields(line)
            guard fields.count == 5 else { return nil }
            return Entry(host: fields[0], port: fields[1], database: fields[2], user: fields[3], password: fields[4])
        }
    }

    /// The file the environment points at (`PGPASSFILE`, else `~/.pgpass`), nil when there is
    /// none or it is readable by group or others (libpq ignores such a file, and so do we).
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) -> PGPassFile? {
        let home = environment["HOME"] ?? NSHomeDirectory()
        let path = environment["PGPASSFILE"] ?? (home as NSString).appendingPathComponent(".pgpass")
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let mode = attributes[.posixPermissions] as? Int, mode & groupOrOtherAccess == 0,
            let text = try? String(contentsOfFile: path, encoding: .utf8)
        else { return nil }
        return PGPassFile(text: text)
    }

    /// Permission bits that make libpq ignore the file.
    static let groupOrOtherAccess = 0o077

    /// The password for a connection; a unix socket connection matches the host `localhost`.
    public func password(host: String, port: Int, database: String, user: String) -> String? {
        let wanted = [host, String(port), database, user]
        return entries.first { entry in
            zip([entry.host, entry.port, entry.database, entry.user], wanted).allSatisfy { $0 == "*" || $0 == $1 }
        }?.password
    }

    /// A line's fields split on unescaped colons, escapes removed.
    private static func fields(_ line: Substring) -> [String] {
        var fields: [String] = []
        var current = ""
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
