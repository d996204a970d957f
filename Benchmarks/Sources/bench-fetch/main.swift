// Requests per second through the libcurl transport (and the polite fetcher above it) against
// the loopback server, for 1 KB and 100 KB bodies, one at a time and N at once.
// Run: swift run -c release --package-path Benchmarks bench-fetch
import Foundation
import Logging
import WatchCore
import WatchFetch
import WatchTesting

/// Requests per measurement, and measurements per row (the row shows the median): the box is
/// shared, so one short run says little.
let requestsPerRow = 1000
let repetitions = 3
/// Concurrent requests for the "parallel" rows.
let concurrency = 8

let logger = Logger(label: "bench-fetch") { _ in SwiftLogNoOpLogHandler() }
let bodies: [String: [UInt8]] = [
    "1 KB": [UInt8](repeating: 97, count: 1024),
    "100 KB": [UInt8](repeating: 98, count: 100 * 1024),
]
let server = try LoopbackHTTPServer { request in
    .response(
        status: 200, headers: [("Content-Type", "text/plain")],
        body: request.path.hasPrefix("/big") ? bodies["100 KB"]! : bodies["1 KB"]!)
}
let transport = CurlTransport(logger: logger)
let fetcher = PoliteFetcher(
    transport: transport, validators: InMemoryValidatorStore(),
    globalConcurrency: concurrency, logger: logger)
let source = SourceConfig(
    id: "bench", name: "bench", kind: .bureau, url: server.baseURL,
    perHost: PerHostPolicy(concurrency: concurrency, delay: .zero), robots: false)

/// The median rate of `repetitions` runs, and the failures summed over them.
func median(width: Int, _ one: @escaping @Sendable (Int) async -> Bool) async -> (Double, Int) {
    var rates: [Double] = []
    var failures = 0
    for _ in 0..<repetitions {
        let (rate, failed) = await measure(width: width, total: requestsPerRow, one)
        rates.append(rate)
        failures += failed
    }
    return (rates.sorted()[repetitions / 2], failures)
}

/// Runs `total` requests with `width` in flight; returns requests per second.
func measure(width: Int, total: Int, _ one: @escaping @Sendable (Int) async -> Bool) async -> (Double, Int) {
    let start = ContinuousClock.now
    let failures = await withTaskGroup(of: Int.self) { group in
        for lane in 0..<width {
            group.addTask {
                var failed = 0
                for index in stride(from: lane, to: total, by: width) where await !one(index) { failed += 1 }
                return failed
            }
        }
        return await group.reduce(0, +)
    }
    let elapsed = ContinuousClock.now - start
    return (Double(total) / elapsed.seconds, failures)
}

print("| layer | body | in flight | requests × runs | median req/s | MB/s | failures |")
print("|---|---|---|---|---|---|---|")
for (label, prefix) in [("1 KB", "/small"), ("100 KB", "/big")] {
    let size = Double(bodies[label]!.count)
    for width in [1, concurrency] {
        _ = await measure(width: width, total: 40) { _ in
            (try? await transport.send(HTTPRequest(url: server.baseURL + prefix)).get()) != nil
        } // warm-up: handles, connections
        let (transportRate, transportFailures) = await median(width: width) { index in
            (try? await transport.send(HTTPRequest(url: server.baseURL + "\(prefix)/\(index)")).get()) != nil
        }
        print(
            "| transport | \(label) | \(width) | \(requestsPerRow) × \(repetitions) | \(Int(transportRate)) | "
                + String(format: "%.1f", transportRate * size / 1e6) + " | \(transportFailures) |")
        let (fetcherRate, fetcherFailures) = await median(width: width) { index in
            await fetcher.fetch(url: server.baseURL + "\(prefix)/f\(index)", source: source).response != nil
        }
        print(
            "| fetcher | \(label) | \(width) | \(requestsPerRow) × \(repetitions) | \(Int(fetcherRate)) | "
                + String(format: "%.1f", fetcherRate * size / 1e6) + " | \(fetcherFailures) |")
    }
}
server.stop()
