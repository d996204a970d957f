import WatchCore

extension DaemonMetrics {
    /// Mirrors a source's polling record into its gauges: consecutive failures, and the last
    /// success when there has been one (a source never yet successful has no timestamp series,
    /// rather than a misleading 1970).
    public func update(source: String, status: SourceStatus) {
        setConsecutiveFailures(source: source, count: status.consecutiveFailures)
        if let lastSuccess = status.lastSuccess {
            setLastSuccess(source: source, at: lastSuccess)
        }
    }
}
