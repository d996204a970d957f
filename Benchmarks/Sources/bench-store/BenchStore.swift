// Store benchmark (not a test): insert rate and database size for N synthetic articles, each
// recorded as the daemon records a page (one transaction with article, version, sighting, seen
// URL and one outbox row), then the cost of the reads the daemon and the CLI make. With
// `--postgres URL` the same on a PostgreSQL database (empty; create it first), plus what several
// daemons add to each ingest there (the ingest lock and the look for texts others stored).
//
//   swift run -c release --package-path Benchmarks bench-store [COUNT] [--sync normal|full] [--dir FOLDER] [--keep]
//       [--postgres postgres://user@host:port/database]
import Foundation
import Logging
import WatchCore
import WatchPostgres
import WatchStore
import WatchTesting

@main
struct BenchStore {
    static let quiet = Logger(label: "bench-store", factory: { _ in SwiftLogNoOpLogHandler() })

    static func main() async throws {
        let arguments = CommandLine.arguments
        func option(_ name: String) -> String? {
            arguments.firstIndex(of: name).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
        }
        let count = arguments.dropFirst().first.flatMap { Int($0) } ?? 100_000
        if let url = option("--postgres") {
            try await onPostgres(url, count: count)
            return
        }
        let synchronous =
            SQLiteStoreOptions.Synchronous(rawValue: (option("--sync") ?? "normal").uppercased()) ?? .normal
        let folder = URL(fileURLWithPath: option("--dir") ?? NSTemporaryDirectory())
            .appendingPathComponent("bench-store-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let keep = arguments.contains("--keep") // leave the database for a look at where the bytes go
        defer { if !keep { try? FileManager.default.removeItem(at: folder) } }
        let path = folder.appendingPathComponent("state.sqlite").path
        let store = try SQLiteStore(
            path: path, options: SQLiteStoreOptions(synchronous: synchronous), logger: quiet)
        print(
            "bench-store: \(count) articles, synchronous=\(synchronous.rawValue), 400-character bodies, one transaction each"
        )
        try await insert(count, into: store)
        try await store.checkpoint()
        let size = fileSize(path) + fileSize(path + "-wal")
        row(
            "database size", String(format: "%.1f MB", Double(size) / 1_048_576),
            String(format: "%.0f bytes/article", Double(size) / Double(count)))
        try await reads(store, count: count)
        try await coordination(store)
    }

    /// The same on an empty PostgreSQL database, its client running beside the bench.
    static func onPostgres(_ url: String, count: Int) async throws {
        let store = PostgresStore(url: try PostgresStoreURL(url), logger: quiet)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await store.run() }
            try await store.migrate()
            guard try await store.statistics().articles == 0 else {
                print("bench-store: \(url) is not empty; give it a database of its own")
                group.cancelAll()
                return
            }
            print("bench-store: \(count) articles on PostgreSQL, 400-character bodies, one transaction each")
            try await insert(count, into: store)
            try await reads(store, count: count)
            try await coordination(store)
            group.cancelAll()
        }
    }

    static func insert(_ count: Int, into store: any Store) async throws {
        let base = Date(timeIntervalSince1970: 1_790_000_000)
        row("articles stored", "pages/s (last slice)", "elapsed s")
        let slice = max(1, count / 10)
        let start = ContinuousClock.now
        var sliceStart = start
        for number in 1...count {
            let at = base.addingTimeInterval(Double(number))
            _ = try await store.record(
                SyntheticPages.observation(page: articlePage(number), at: at) { outcome in
                    [
                        OutboxEntry(
                            deliveryID: "new-\(outcome.shortID)", event: .articleNew, webhookID: "ops",
                            payload: Array("{\"id\":\"\(outcome.shortID)\"}".utf8), createdAt: at, nextAttemptAt: at)
                    ]
                })
            if number % slice == 0 {
                row(
                    "\(number)", String(format: "%.0f", Double(slice) / seconds(since: sliceStart)),
                    String(format: "%.1f", seconds(since: start)))
                sliceStart = .now
            }
        }
        let total = seconds(since: start)
        row("total insert", String(format: "%.0f pages/s", Double(count) / total), String(format: "%.1f s", total))
    }

    static func reads(_ store: any Store, count: Int) async throws {
        try await timed("search 邮政管理 (limit 20)", repeats: 20) { _ = try await store.search("邮政管理", limit: 20) }
        try await timed("search 第4242号 (limit 20)", repeats: 20) { _ = try await store.search("第4242号", limit: 20) }
        try await timed("latest 100", repeats: 20) { _ = try await store.latestArticles(limit: 100) }
        let middle = SyntheticPages.fingerprint(seed: UInt64(articlePage(count / 2))).shortID
        try await timed("show by short id", repeats: 200) { _ = try await store.article(shortID: middle) }
        let loadStart = ContinuousClock.now
        var loaded = 0
        for try await batch in store.allFingerprints(batchSize: 10_000) { loaded += batch.count }
        row("load all fingerprints", String(format: "%.2f s", seconds(since: loadStart)), "\(loaded) rows")
    }

    /// What each ingest pays for several daemons on one store: the ingest lock and the look for
    /// texts other daemons stored (none here), around no decision. Nothing on SQLite.
    static func coordination(_ store: any Store) async throws {
        let position = try await store.textLogPosition() ?? 0
        try await timed("ingest lock + catch-up look", repeats: 500) {
            _ = try await store.exclusiveIngest { try await store.texts(after: position, limit: 10_000) }
        }
    }

    /// The `number`-th article page of `SyntheticPages` (skipping its mirror pages).
    static func articlePage(_ number: Int) -> Int { number + (number - 1) / (SyntheticPages.mirrorEvery - 1) }

    static func timed(_ label: String, repeats: Int, _ body: () async throws -> Void) async rethrows {
        let begin = ContinuousClock.now
        for _ in 0..<repeats { try await body() }
        row(label, String(format: "%.3f ms each", seconds(since: begin) * 1000 / Double(repeats)), "\(repeats) runs")
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        (ContinuousClock.now - start).seconds
    }

    static func fileSize(_ path: String) -> Int64 {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.int64Value ?? 0
    }

    static func row(_ cells: String...) {
        print(cells.map { $0.padding(toLength: 34, withPad: " ", startingAt: 0) }.joined())
    }
}
