/// The events webhooks receive (`X-Bureauwatch-Event`).
public enum EventKind: String, Sendable, Hashable, Codable, CaseIterable {
    case articleNew = "article.new"
    case articleUpdated = "article.updated"
    case articleRemoved = "article.removed"
    /// A removed article seen again (at its URL, or its text at a new one).
    case articleRestored = "article.restored"
    case sourceFailing = "source.failing"
}
