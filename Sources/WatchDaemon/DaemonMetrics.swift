import CoreMetrics
import Foundation
import Prometheus
import WatchCore

/// The daemon's metrics vocabulary: one typed method per thing worth counting, so no other
/// code spells a metric name or a label. Recorded through the swift-metrics API into a
/// Prometheus registry of its own (no global bootstrap, so tests each get a fresh one);
/// `exposition()` renders that registry in the Prometheus text format.
public struct DaemonMetrics: Sendable {
    /// The registry `/metrics` renders.
    public let registry: PrometheusCollectorRegistry
    /// A swift-metrics factory writing into `registry`: pass it to `MetricsSystem.bootstrap`
    /// to collect other libraries' swift-metrics into the same exposition.
    public let factory: PrometheusMetricsFactory
    private let counters = MetricHandles<CoreMetrics.Counter>()
    private let gauges = MetricHandles<CoreMetrics.Gauge>()
    private let sources = SourceSeries()
    private let fetchDuration: CoreMetrics.Timer

    /// The Content-Type of the text exposition format, version 0.0.4.
    public static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    public init() {
        registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.durationHistogramBuckets[Name.fetchDuration] = Self.fetchDurationBuckets
        self.factory = factory
        fetchDuration = CoreMetrics.Timer(label: Name.fetchDuration, dimensions: [], factory: factory)
        for event in ArticleEvent.allCases { _ = counter(Name.articles, [("event", event.rawValue)]) }
        for result in DeliveryResult.allCases { _ = counter(Name.deliveries, [("result", result.rawValue)]) }
        setPending(0)
    }

    /// Fetch-duration buckets from 10 ms (a conditional GET answered 304 on a near host) to
    /// 60 s (a slow mirror at the transfer timeout), roughly doubling: 11 buckets plus +Inf.
    public static let fetchDurationBuckets: [Duration] = [
        .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250),
        .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5), .seconds(10), .seconds(30), .seconds(60),
    ]

    /// Creates every per-source series at zero, so a source that has not been polled yet still
    /// shows up (and `rate()` sees its first increment).
    public func register(sources: [String]) {
        self.sources.register(sources)
    }

    /// The id this daemon goes by in a shared store (`daemon_info{daemon}` 1): with several
    /// daemons on one PostgreSQL, each one's `polls_total` counts the polls it made itself.
    public func setDaemon(_ id: String) {
        gauge(Name.daemonInfo, [("daemon", id)]).record(1)
    }

    /// One poll of `source` started (whatever its outcome).
    public func recordPoll(source: String) {
        sources.recordPoll(source)
    }

    /// A fetch for `source` failed with `kind`.
    public func recordFetchError(source: String, kind: FetchError.Kind) {
        sources.recordFetchError(source, kind: kind)
    }

    /// An article was stored as new, updated or removed.
    public func recordArticle(event: ArticleEvent) {
        counter(Name.articles, [("event", event.rawValue)]).increment()
    }

    /// A delivery attempt ended: sent, failed (will be retried) or abandoned (gave up).
    public func recordDelivery(result: DeliveryResult) {
        counter(Name.deliveries, [("result", result.rawValue)]).increment()
    }

    /// Deliveries waiting in the outbox now.
    public func setPending(_ count: Int) {
        gauge(Name.deliveriesPending, []).record(count)
    }

    /// How long one fetch (request to last body byte) took.
    public func observeFetchDuration(seconds: Double) {
        fetchDuration.recordSeconds(seconds)
    }

    /// `source`'s last successful poll, as Unix time.
    public func setLastSuccess(source: String, at date: Date) {
        sources.setLastSuccess(source, seconds: date.timeIntervalSince1970)
    }

    /// Failed polls of `source` since its last success.
    public func setConsecutiveFailures(source: String, count: Int) {
        sources.setConsecutiveFailures(source, count: count)
    }

    /// The registry in the Prometheus text exposition format.
    public func exposition() -> [UInt8] {
        var buffer = registry.emitToBuffer()
        sources.emit(into: &buffer)
        return buffer
    }

    private func counter(_ name: String, _ labels: [(String, String)]) -> CoreMetrics.Counter {
        counters.handle(name, labels) { CoreMetrics.Counter(label: name, dimensions: labels, factory: factory) }
    }

    private func gauge(_ name: String, _ labels: [(String, String)]) -> CoreMetrics.Gauge {
        gauges.handle(name, labels) { CoreMetrics.Gauge(label: name, dimensions: labels, factory: factory) }
    }
}
