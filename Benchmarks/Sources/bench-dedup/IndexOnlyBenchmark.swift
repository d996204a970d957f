import Foundation
import WatchCore
import WatchDedup
import WatchTesting

/// Load and lookup timings from seeded random fingerprints, without texts.
enum IndexOnlyBenchmark {
    static let lookups = 20_000

    static func run(sizes: [Int]) throws {
        print(
            "| articles | load s | index RSS MB | near probes µs p50 | p99 | found | random probes µs p50 | p99 | new |"
        )
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for size in sizes { try row(size: size) }
    }

    private static func fingerprint(_ random: inout SplitMix64) -> ContentFingerprint {
        let sha = (0..<4).map { _ in String(format: "%016llx", random.next()) }.joined()
        let numbers = (0..<Int(random.next() % 6)).map { _ in String(random.next() % 10_000) }
        return ContentFingerprint(sha256: sha, simhash: random.next(), numbers: numbers)
    }

    private static func row(size: Int) throws {
        var random = SplitMix64(state: UInt64(size))
        let entries = (0..<size).map { (Int64($0), fingerprint(&random)) }
        var dedup = try Deduplicator()
        let before = Measure.residentBytes()
        let (_, loadSeconds) = try Measure.seconds { try dedup.load(entries) }
        let indexMB = Double(Measure.residentBytes() - before) / 1_048_576

        var near: [(ContentFingerprint, Int64?)] = []
        var unrelated: [(ContentFingerprint, Int64?)] = []
        for _ in 0..<lookups {
            let (id, stored) = entries[Int(random.next() % UInt64(size))]
            var positions = Array(0..<64)
            positions.shuffle(using: &random)
            let flipped = positions.prefix(Int(random.next() % 7)).reduce(stored.simhash) { $0 ^ (1 << UInt64($1)) }
            let probe = ContentFingerprint(
                sha256: String(repeating: "f", count: 64), simhash: flipped, numbers: stored.numbers)
            near.append((probe, id))
            unrelated.append((fingerprint(&random), nil))
        }
        let (nearTimes, found, _) = lookupTimes(dedup, near)
        let (randomTimes, fresh, _) = lookupTimes(dedup, unrelated)
        let row: [String] = [
            "\(size)", format(loadSeconds, 2), format(indexMB, 0),
            format(Measure.quantile(nearTimes, 0.5)), format(Measure.quantile(nearTimes, 0.99)),
            "\(found)/\(near.count)",
            format(Measure.quantile(randomTimes, 0.5)), format(Measure.quantile(randomTimes, 0.99)),
            "\(fresh)/\(unrelated.count)",
        ]
        print("| " + row.joined(separator: " | ") + " |")
    }
}
