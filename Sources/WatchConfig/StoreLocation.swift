/// Where the state lives (`store:` in sources.yaml): the SQLite file in the state folder, or a
/// PostgreSQL database several daemons can share.
public enum StoreLocation: Sendable, Hashable {
    case sqlite
    /// The URL as written, `${VAR}` kept: the password is read from the environment when the
    /// store is opened (or from `~/.pgpass` when the URL has none).
    case postgres(url: String)

    /// Parses the `store:` value: `sqlite`, or a `postgres://` / `postgresql://` URL.
    public static func parse(_ text: String) -> StoreLocation? {
        if text == "sqlite" { return .sqlite }
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") { return .postgres(url: text) }
        return nil
    }

    /// Whether several daemons may share the state (and so the state and watch folders).
    public var isShared: Bool {
        if case .postgres = self { return true }
        return false
    }
}
