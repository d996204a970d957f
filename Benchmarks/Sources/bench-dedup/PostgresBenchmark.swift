import Foundation
import Logging
import WatchCore
import WatchDedup
import WatchPostgres

/// `bench-dedup --postgres URL [N]`: the near-duplicate lookup as a daemon on PostgreSQL makes
/// it (issue 19), at N stored articles. The texts are fingerprinted here and bulk-loaded with
/// psql's `\copy` (recording a million pages one transaction each would take hours); then one
/// client ("daemon A") loads its index as a daemon starts, and each lookup is what an ingest
/// does before it records: the ingest lock, the look for texts others stored, the decision.
/// Last, a second client ("daemon B") records new articles and A must find copies of them.
/// The database must be empty (create one for the run).
enum PostgresBenchmark {
    static let quiet = Logger(label: "bench-dedup", factory: { _ in SwiftLogNoOpLogHandler() })
    /// Articles daemon B records during the run, each looked up by A through a copy.
    static let recordedByOther = 200

    static func run(url: String, size: Int, fingerprint: (String) throws -> ContentFingerprint) async throws {
        let storeURL = try PostgresStoreURL(url)
        let daemonA = PostgresStore(url: storeURL, logger: quiet)
        let daemonB = PostgresStore(url: storeURL, logger: quiet)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await daemonA.run() }
            group.addTask { await daemonB.run() }
            defer { group.cancelAll() }
            try await daemonA.migrate()
            guard try await daemonA.statistics().articles == 0 else {
                print("bench-dedup: \(url) is not empty; give the run a database of its own")
                return
            }
            let loadSeconds = try await fill(url: url, size: size, fingerprint: fingerprint)
            print("bulk load of \(size) articles and their texts: \(format(loadSeconds, 1)) s")
            try await measure(daemonA, daemonB, size: size, fingerprint: fingerprint)
        }
    }

    /// Fingerprints `size` texts and copies them in as articles (ids 1…size) with their texts.
    private static func fill(url: String, size: Int, fingerprint: (String) throws -> ContentFingerprint)
        async throws -> Double
    {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bench-dedup-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var articles = ""
        var texts = ""
        for id in 1...size {
            let print = try fingerprint(SyntheticText.make(seed: UInt64(id), length: articleLength))
            let numbers = "{" + print.numbers.joined(separator: ",") + "}"
            let sketch = "{" + print.sketch.map { String(Int32(bitPattern: $0)) }.joined(separator: ",") + "}"
            let simhash = Int64(bitPattern: print.simhash)
            articles += "\(id)\t\(print.sha256.prefix(12))\t第\(id)号\t\t\(print.sha256)\t\(simhash)\t\(numbers)"
            articles += "\thttps://bench.example/\(id).html\tbench\t\(id)\n"
            texts += "\(id)\t\(print.sha256)\t\(simhash)\t\(numbers)\t\(sketch)\n"
            if id % 100_000 == 0 { Swift.print("  fingerprinted \(id)") }
        }
        let articlesFile = folder.appendingPathComponent("articles.copy").path
        let textsFile = folder.appendingPathComponent("texts.copy").path
        try articles.write(toFile: articlesFile, atomically: false, encoding: .utf8)
        try texts.write(toFile: textsFile, atomically: false, encoding: .utf8)
        let start = ContinuousClock.now
        try psql(
            url,
            "INSERT INTO sources (id, kind) VALUES ('bench', 'bureau')",
            "\\copy articles (id, short_id, title, body, sha256, simhash, numbers, first_url, first_source, first_seen) "
                + "FROM '\(articlesFile)'",
            "\\copy article_texts (article_id, sha256, simhash, numbers, sketch) FROM '\(textsFile)'",
            "SELECT setval(pg_get_serial_sequence('articles', 'id'), \(size))",
            "ANALYZE")
        return (ContinuousClock.now - start).seconds
    }

    private static func psql(_ url: String, _ commands: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            ["psql", "-q", "-o", "/dev/null", "-v", "ON_ERROR_STOP=1", url] + commands.flatMap { ["-c", $0] }
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchError.psqlFailed(process.terminationStatus) }
    }

    enum BenchError: Error { case psqlFailed(Int32) }
}
