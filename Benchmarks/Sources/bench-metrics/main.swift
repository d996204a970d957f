// Measures the metrics path the daemon pays for: one typed record call (swift-metrics over the
// swift-prometheus registry, looked up by name and labels on every call), rendering the
// exposition, and a whole GET /metrics over loopback. Prints one table; run in release:
//   swift run -c release --package-path Benchmarks bench-metrics
import Foundation
import Logging
import WatchCore
import WatchDaemon

#if canImport(Glibc)
    import Glibc
#endif

/// Sources in the registry: about as many as the real sources.yaml has, with mirrors.
let sourceCount = 60
let recordCalls = 200_000
let scrapes = 500

let metrics = DaemonMetrics()
let sources = (0..<sourceCount).map { "source-\($0)" }
metrics.register(sources: sources)
for (index, source) in sources.enumerated() {
    metrics.recordFetchError(source: source, kind: FetchError.Kind.allCases[index % FetchError.Kind.allCases.count])
    metrics.setLastSuccess(source: source, at: Date())
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

/// Median of three runs of `body`, in seconds.
func timed(_ body: () -> Void) -> Double {
    median((0..<3).map { _ in ContinuousClock().measure(body).seconds })
}

let recordSeconds = timed {
    for call in 0..<recordCalls { metrics.recordPoll(source: sources[call % sourceCount]) }
}
let histogramSeconds = timed {
    for call in 0..<recordCalls { metrics.observeFetchDuration(seconds: Double(call % 1000) / 100) }
}
var size = 0
let renderSeconds = timed {
    for _ in 0..<scrapes { size = metrics.exposition().count }
}

let endpoint = HTTPEndpoint(metrics: metrics) { HealthReport(healthy: true, sources: sourceCount, failing: 0) }
let service = try MetricsService(
    host: "127.0.0.1", port: 0, endpoint: endpoint,
    logger: Logger(label: "bench") { _ in SwiftLogNoOpLogHandler() })
let scrapeSeconds = timed {
    for _ in 0..<scrapes { _ = BenchClient.get("/metrics", port: service.server.port) }
}
service.server.stop()

print("| what | count | per op |")
print("|---|---:|---:|")
print(
    "| recordPoll (counter, \(sourceCount) sources) | \(recordCalls) | \(String(format: "%.0f ns", recordSeconds / Double(recordCalls) * 1e9)) |"
)
print(
    "| observeFetchDuration (histogram) | \(recordCalls) | \(String(format: "%.0f ns", histogramSeconds / Double(recordCalls) * 1e9)) |"
)
print(
    "| render exposition (\(size) bytes) | \(scrapes) | \(String(format: "%.1f µs", renderSeconds / Double(scrapes) * 1e6)) |"
)
print(
    "| GET /metrics over loopback, new connection | \(scrapes) | \(String(format: "%.1f µs", scrapeSeconds / Double(scrapes) * 1e6)) |"
)
