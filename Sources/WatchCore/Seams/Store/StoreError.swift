/// A store refusal, naming what is wrong.
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The dedup decision names an article the store does not hold.
    case unknownArticle(ArticleID)
    /// No outbox entry has this delivery id.
    case unknownDelivery(String)
    /// The database was written by a newer bureauwatch (its schema version is above ours).
    case newerSchema(found: Int, supported: Int)
    /// A migration step failed; the database stays at `version - 1`.
    case migrationFailed(version: Int, name: String, reason: String)
    /// A stored value cannot be read back (a hand-edited or damaged database).
    case corrupt(String)
    /// The database file at the store's path was deleted or replaced while the store had it
    /// open: writing on would write to a file nobody will read again.
    case fileReplaced(path: String)

    public var description: String {
        switch self {
        case .unknownArticle(let id): "no article \(id) in the store"
        case .unknownDelivery(let id): "no outbox entry with delivery id \(id)"
        case .newerSchema(let found, let supported):
            "the database has schema version \(found); this bureauwatch knows up to \(supported)"
        case .migrationFailed(let version, let name, let reason):
            "schema migration \(version) (\(name)) failed: \(reason)"
        case .corrupt(let detail): "unreadable store data: \(detail)"
        case .fileReplaced(let path):
            "the database file \(path) was deleted or replaced while in use; stopping rather than write to a lost file"
        }
    }
}
