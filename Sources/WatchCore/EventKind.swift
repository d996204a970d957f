/// The events webhooks receive (`X-Bureauwatch-Event`).
public enum EventKind: String, Sendable, Hashable, Codable, CaseIterable {
    case articleNew = "article.new"
    case articleUpdated = "article.updated"
    case articleRemoved = "article.removed"
    case sourceFailing = "source.failing"
    /// A source that was failing (`source.failing` sent) polled successfully again.
    case sourceRecovered = "source.recovered"
}
