import WatchCore

/// What one poll of one source did: the row `bureauwatch fetch` prints.
public struct PollReport: Sendable, Hashable {
    public var sourceID: String
    /// List and article pages answered 200.
    public var pagesFetched = 0
    /// Pages answered 304 to our validators.
    public var notModified = 0
    public var newArticles = 0
    public var updatedArticles = 0
    public var removedArticles = 0
    /// Removed articles seen again.
    public var restoredArticles = 0
    /// Mirror or bureau sightings of articles already known.
    public var sightings = 0
    /// Article links robots.txt disallows: skipped, not failures.
    public var robotsSkipped = 0
    /// Script or meta-refresh stubs followed to the list they point at.
    public var stubsFollowed = 0
    /// One line per failed page (kind, URL, message).
    public var errors: [String] = []
    /// Seconds each answered request took, for the fetch-duration histogram.
    public var fetchSeconds: [Double] = []
    /// Article pages read in full during this poll: no need to re-check them in the same poll.
    var articleURLsRead: Set<String> = []
    /// Why the first list page could not be read: the source's poll failed.
    public var failure: FetchError?
    /// The server's Retry-After on the failed first list page, when longer than a poll sits out:
    /// the source's next attempt waits at least this long.
    public var retryAfter: Duration?

    /// The daemon that was polling the source when a `fetch` came to it: the fetch left the
    /// source to it and did nothing.
    public var leftTo: String?

    /// The poll was the source's baseline: what it found was recorded and filed, announced to no one.
    public var baseline = false
    /// The source's failed polls in a row before this one, and as this poll left them (`nil`
    /// when the poll could not be recorded): the daemon's health changes only when either is
    /// above zero, so a poll like the last costs it no look at the store.
    public var failuresBefore = 0
    public var failuresAfter: Int?
    /// When the scheduler should poll the source again (its interval with jitter, or its
    /// backoff after a failure); `nil` when the poll was cut short by shutdown.
    public var nextPollIn: Duration?
    /// The success a poll asked to defer its record left for the scheduler to send with its next
    /// claim (`Store.claimPolls(_:now:dueOnly:recording:)`); `nil` once recorded, or for a failure.
    public var unrecordedSuccess: PollSuccessRecord?

    /// Whether the poll failed (its first list page could not be read, or an article could not
    /// be stored or filed).
    public var failed: Bool { failure != nil }

    /// Whether the poll stored, changed or removed an article, or recorded a sighting (which may
    /// make a bureau page an article's canonical URL).
    public var changedStore: Bool { newArticles + updatedArticles + removedArticles + restoredArticles + sightings > 0 }

    public init(sourceID: String) {
        self.sourceID = sourceID
    }

    /// Notes a failed page; a failure of the first list page fails the whole poll.
    mutating func note(_ error: FetchError, failsPoll: Bool) {
        errors.append(error.description)
        if failsPoll && failure == nil { failure = error }
    }
}
