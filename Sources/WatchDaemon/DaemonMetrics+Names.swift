extension DaemonMetrics {
    /// The metric names, spelled once. Counters end in `_total`, as Prometheus expects.
    enum Name {
        static let polls = "bureauwatch_polls_total"
        static let fetchErrors = "bureauwatch_fetch_errors_total"
        static let articles = "bureauwatch_articles_total"
        static let deliveries = "bureauwatch_deliveries_total"
        static let deliveriesPending = "bureauwatch_deliveries_pending"
        static let fetchDuration = "bureauwatch_fetch_duration_seconds"
        static let lastSuccess = "bureauwatch_source_last_success_timestamp_seconds"
        static let consecutiveFailures = "bureauwatch_source_consecutive_failures"
        static let daemonInfo = "bureauwatch_daemon_info"
    }

    /// What happened to an article (`articles_total{event}`).
    public enum ArticleEvent: String, Sendable, CaseIterable {
        case new, updated, removed
    }

    /// How a delivery attempt ended (`deliveries_total{result}`).
    public enum DeliveryResult: String, Sendable, CaseIterable {
        /// Delivered.
        case sent
        /// Failed this time; it stays in the outbox for a retry.
        case failed
        /// Failed for good (attempts exhausted or a permanent error); dropped from the outbox.
        case abandoned
    }
}
