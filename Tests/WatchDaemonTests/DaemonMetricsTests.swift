import Foundation
import Testing
import WatchCore
import WatchDaemon

/// The metrics vocabulary, read back through the reference parser.
@Suite struct DaemonMetricsTests {
    static func samples(_ metrics: DaemonMetrics) throws -> [PrometheusParser.Sample] {
        try PrometheusParser.samples(in: String(decoding: metrics.exposition(), as: UTF8.self))
    }

    @Test func aFreshRegistryShowsEveryArticleEventAndDeliveryResultAtZero() throws {
        let samples = try Self.samples(DaemonMetrics())
        let articles = samples.filter { $0.name == "bureauwatch_articles_total" }
        #expect(Set(articles.compactMap { $0.labels["event"] }) == ["new", "updated", "removed"])
        let deliveries = samples.filter { $0.name == "bureauwatch_deliveries_total" }
        #expect(Set(deliveries.compactMap { $0.labels["result"] }) == ["sent", "failed", "abandoned"])
        #expect((articles + deliveries).allSatisfy { $0.value == 0 })
        #expect(samples.contains { $0.name == "bureauwatch_deliveries_pending" && $0.value == 0 })
    }

    @Test func theDaemonsIDIsAnInfoGauge() throws {
        let metrics = DaemonMetrics()
        metrics.setDaemon("worker-2")
        let info = try Self.samples(metrics).filter { $0.name == "bureauwatch_daemon_info" }
        #expect(info.map(\.labels) == [["daemon": "worker-2"]] && info.map(\.value) == [1])
    }

    @Test func sourceHealthSetsTheSourceGauges() throws {
        let metrics = DaemonMetrics()
        metrics.update(
            source: "spb",
            status: SourceStatus(
                sourceID: "spb", kind: .bureau, consecutiveFailures: 0,
                lastSuccess: Date(timeIntervalSince1970: 1_763_000_000)))
        metrics.update(
            source: "he",
            status: SourceStatus(
                sourceID: "he", kind: .bureau, consecutiveFailures: 4,
                lastErrorKind: .dns))
        let samples = try Self.samples(metrics)
        func value(_ name: String, _ source: String) -> Double? {
            samples.first { $0.name == name && $0.labels == ["source": source] }?.value
        }
        #expect(value("bureauwatch_source_consecutive_failures", "he") == 4)
        #expect(value("bureauwatch_source_consecutive_failures", "spb") == 0)
        #expect(value("bureauwatch_source_last_success_timestamp_seconds", "spb") == 1_763_000_000)
        #expect(value("bureauwatch_source_last_success_timestamp_seconds", "he") == nil)
    }

    @Test func labelValuesAreEscapedSoTheParserReadsThemBack() throws {
        let metrics = DaemonMetrics()
        let awkward = #"mirror "a\b" 镜像"#
        metrics.recordPoll(source: awkward)
        let samples = try Self.samples(metrics)
        #expect(
            samples.contains { $0.name == "bureauwatch_polls_total" && $0.labels["source"] == awkward && $0.value == 1 }
        )
    }
}
