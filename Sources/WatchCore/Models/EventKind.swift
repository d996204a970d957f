/// The events webhooks receive (`X-Bureauwatch-Event`).
public enum EventKind: String, Sendable, Hashable, Codable, CaseIterable {
    case articleNew = "article.new"
    case articleUpdated = "article.updated"
    case articleRemoved = "article.removed"
    /// A removed article seen again (at its URL, or its text at a new one).
    case articleRestored = "article.restored"
    case sourceFailing = "source.failing"
    /// A source that was failing (`source.failing` sent) polled successfully again.
    case sourceRecovered = "source.recovered"
    /// `notify test`: a sample, never a real notice, so a receiver routing on the event can tell.
    case test

    /// The events a webhook's `events:` may list (every one but `test`, which `notify test`
    /// sends whatever the list says).
    public static var subscribable: [EventKind] { allCases.filter { $0 != .test } }
}
