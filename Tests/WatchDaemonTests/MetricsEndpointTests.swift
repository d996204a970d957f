import Foundation
import Logging
import Testing
import WatchCore
import WatchDaemon

/// `/metrics` and `/healthz` over a real socket on 127.0.0.1, port 0.
@Suite struct MetricsEndpointTests {
    /// A service bound on 127.0.0.1:0 whose health answer the test sets.
    static func service(
        metrics: DaemonMetrics = DaemonMetrics(),
        health: @escaping HTTPEndpoint.HealthCheck = { HealthReport(healthy: true, sources: 0, failing: 0) }
    ) throws -> MetricsService {
        try MetricsService(
            host: "127.0.0.1", port: 0, endpoint: HTTPEndpoint(metrics: metrics, health: health),
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
    }

    @Test func metricsParseAsPrometheusTextAndCarryWhatWasRecorded() throws {
        let metrics = DaemonMetrics()
        metrics.register(sources: ["spb", "sh"])
        for _ in 0..<3 { metrics.recordPoll(source: "spb") }
        metrics.recordPoll(source: "sh")
        metrics.recordFetchError(source: "sh", kind: .timeout)
        metrics.recordFetchError(source: "sh", kind: .timeout)
        metrics.recordFetchError(source: "sh", kind: .tooLarge)
        metrics.recordArticle(event: .new)
        metrics.recordArticle(event: .new)
        metrics.recordArticle(event: .removed)
        metrics.recordDelivery(result: .sent)
        metrics.recordDelivery(result: .abandoned)
        metrics.setPending(4)
        metrics.observeFetchDuration(seconds: 0.02)
        metrics.observeFetchDuration(seconds: 3)
        metrics.setLastSuccess(source: "spb", at: Date(timeIntervalSince1970: 1_763_700_000))
        metrics.setConsecutiveFailures(source: "sh", count: 2)
        let service = try Self.service(metrics: metrics)
        defer { service.server.stop() }

        let response = try EndpointClient.request("/metrics", port: service.server.port)
        #expect(response.status == 200)
        #expect(response.header("Content-Type")?.hasPrefix("text/plain; version=0.0.4") == true)
        let samples = try PrometheusParser.samples(in: response.body)
        func value(_ name: String, _ labels: [String: String] = [:]) -> Double? {
            samples.first { $0.name == name && $0.labels == labels }?.value
        }
        #expect(value("bureauwatch_polls_total", ["source": "spb"]) == 3)
        #expect(value("bureauwatch_polls_total", ["source": "sh"]) == 1)
        #expect(value("bureauwatch_fetch_errors_total", ["source": "sh", "kind": "timeout"]) == 2)
        #expect(value("bureauwatch_fetch_errors_total", ["source": "sh", "kind": "too_large"]) == 1)
        #expect(value("bureauwatch_articles_total", ["event": "new"]) == 2)
        #expect(value("bureauwatch_articles_total", ["event": "updated"]) == 0)
        #expect(value("bureauwatch_articles_total", ["event": "removed"]) == 1)
        #expect(value("bureauwatch_deliveries_total", ["result": "sent"]) == 1)
        #expect(value("bureauwatch_deliveries_total", ["result": "failed"]) == 0)
        #expect(value("bureauwatch_deliveries_total", ["result": "abandoned"]) == 1)
        #expect(value("bureauwatch_deliveries_pending") == 4)
        #expect(value("bureauwatch_source_last_success_timestamp_seconds", ["source": "spb"]) == 1_763_700_000)
        #expect(value("bureauwatch_source_consecutive_failures", ["source": "sh"]) == 2)
        #expect(value("bureauwatch_source_consecutive_failures", ["source": "spb"]) == 0)
        #expect(value("bureauwatch_fetch_duration_seconds_count") == 2)
        #expect(abs((value("bureauwatch_fetch_duration_seconds_sum") ?? 0) - 3.02) < 1e-6)
        #expect(value("bureauwatch_fetch_duration_seconds_bucket", ["le": "0.025"]) == 1)
        #expect(value("bureauwatch_fetch_duration_seconds_bucket", ["le": "2.5"]) == 1)
        #expect(value("bureauwatch_fetch_duration_seconds_bucket", ["le": "5.0"]) == 2)
        #expect(value("bureauwatch_fetch_duration_seconds_bucket", ["le": "+Inf"]) == 2)
        let types = [String: String](samples.map { ($0.family, $0.type) }, uniquingKeysWith: { first, _ in first })
        #expect(types["bureauwatch_polls"] == "counter")
        #expect(types["bureauwatch_deliveries_pending"] == "gauge")
        #expect(types["bureauwatch_fetch_duration_seconds"] == "histogram")
    }

    @Test func healthzAnswersOkWithTheDaemonsSummary() throws {
        let service = try Self.service(health: { HealthReport(healthy: true, sources: 12, failing: 3) })
        defer { service.server.stop() }
        let response = try EndpointClient.request("/healthz", port: service.server.port)
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "application/json")
        #expect(response.body == #"{"status":"ok","sources":12,"failing":3}"# + "\n")
    }

    @Test func healthzAnswers503WhenTheDaemonSaysUnhealthy() throws {
        let service = try Self.service(health: {
            HealthReport(healthy: false, sources: 12, failing: 0, reason: #"store "state.db" not open"#)
        })
        defer { service.server.stop() }
        let response = try EndpointClient.request("/healthz", port: service.server.port)
        #expect(response.status == 503)
        let json = try JSONSerialization.jsonObject(with: Data(response.body.utf8)) as? [String: Any]
        #expect(json?["status"] as? String == "unavailable")
        #expect(json?["sources"] as? Int == 12)
        #expect(json?["reason"] as? String == #"store "state.db" not open"#)
    }

    @Test func healthIsAskedAgainOnEveryRequest() throws {
        let state = HealthState()
        let service = try Self.service(health: { state.report })
        defer { service.server.stop() }
        #expect(try EndpointClient.request("/healthz", port: service.server.port).status == 503)
        state.report = HealthReport(healthy: true, sources: 1, failing: 0)
        #expect(try EndpointClient.request("/healthz", port: service.server.port).status == 200)
    }

    @Test func unknownPathIs404AndOtherMethodsAre405() throws {
        let service = try Self.service()
        defer { service.server.stop() }
        let port = service.server.port
        #expect(try EndpointClient.request("/", port: port).status == 404)
        #expect(try EndpointClient.request("/metrics/extra", port: port).status == 404)
        let post = try EndpointClient.request("/metrics", method: "POST", port: port)
        #expect(post.status == 405)
        #expect(post.header("Allow") == "GET, HEAD")
        #expect(try EndpointClient.request("/healthz", method: "DELETE", port: port).status == 405)
        #expect(try EndpointClient.request("/metrics?debug=1", port: port).status == 200)
    }
}
