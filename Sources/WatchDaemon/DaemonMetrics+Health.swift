import WatchCore

extension DaemonMetrics {
    /// Mirrors a source's health record into its gauges: consecutive failures, and the last
    /// success when there has been one (a source never yet successful has no timestamp series,
    /// rather than a misleading 1970).
    public func update(source: String, health: SourceHealth) {
        setConsecutiveFailures(source: source, count: health.consecutiveFailures)
        if let lastSuccess = health.lastSuccessAt {
            setLastSuccess(source: source, at: lastSuccess)
        }
    }
}
