import WatchCore

/// How a fetch uses the stored ETag / Last-Modified of its URL.
public enum ValidatorUse: Sendable, Hashable {
    /// Send them, and save the new ones from a 200 at once (a standalone fetch).
    case automatic
    /// Send them but save nothing: the caller saves the validators once it has stored what the
    /// page led to, so a crash in between cannot turn the next poll into a 304 for unseen work.
    case sendOnly
    /// Neither send nor save: the page must be read in full (a page never stored before).
    case none
    /// Send these, which the caller read with the URL (a poll's rechecks), and save nothing.
    case given(Validators?)
}
