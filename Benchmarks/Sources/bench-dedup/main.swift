import Foundation
import LibOpenCC
import WatchCore
import WatchDedup

// Near-duplicate lookup benchmark: fingerprints synthetic articles, loads them into a
// Deduplicator as the daemon does at start-up, then times `decide` for mirror copies of stored
// articles (expected: that article) and for unrelated texts (expected: new).
// Usage: bench-dedup [--index-only | --postgres URL] [sizes…]   (default: 100000 1000000). Build
// with -c release. --postgres: the lookup on a shared PostgreSQL store (PostgresBenchmark).
// --index-only skips the texts: seeded random fingerprints (uniform SimHashes, as the texts'
// are) and probes with 0–7 flipped bits, to time load and lookup at sizes where fingerprinting
// a million texts would take most of the run.

let arguments = CommandLine.arguments.dropFirst()
let postgresURL = arguments.firstIndex(of: "--postgres").flatMap {
    arguments.dropFirst($0 - arguments.startIndex + 1).first
}
let sizes = arguments.compactMap(Int.init)
let corpusSizes = sizes.isEmpty ? [100_000, 1_000_000] : sizes
if arguments.contains("--index-only") {
    try IndexOnlyBenchmark.run(sizes: corpusSizes)
    exit(0)
}
let articleLength = 600 // characters: a short notice
let lookups = 2_000
let garbleEvery = 300 // a mirror copy garbles about one Han character in this many
let normalizer = try Normalizer()

/// Fingerprints `text`, adding the time it took (not the text's generation) to `seconds`.
func fingerprint(_ text: String, seconds: inout Double) throws -> ContentFingerprint {
    let (result, elapsed) = try Measure.seconds { try Fingerprinter.fingerprint(normalizer.normalize(text)) }
    seconds += elapsed
    return result
}

/// Lookup times, right answers, and how many right answers came from containment (a copy
/// whose SimHash is beyond the threshold, found by its shingle sketch).
func lookupTimes(_ dedup: Deduplicator, _ probes: [(ContentFingerprint, Int64?)]) -> ([Double], Int, Int) {
    var micros: [Double] = []
    var correct = 0
    var contained = 0
    for (probe, expected) in probes {
        let (decision, seconds) = Measure.seconds { dedup.decide(probe) }
        micros.append(seconds * 1e6)
        if decision.articleID == expected {
            correct += 1
            if case .contained = decision { contained += 1 }
        }
    }
    return (micros, correct, contained)
}

func format(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }

if let postgresURL {
    var ignored = 0.0
    try await PostgresBenchmark.run(url: postgresURL, size: corpusSizes[0]) { try fingerprint($0, seconds: &ignored) }
    exit(0)
}

// Fingerprinting rate for simplified pages (OpenCC skipped) and traditional ones (OpenCC runs).
let toTraditional = try ChineseConverter(config: "s2t.json")
var simplifiedSeconds = 0.0
var traditionalSeconds = 0.0
let rateSample = 2_000
for seed in 0..<rateSample {
    let text = SyntheticText.make(seed: UInt64(seed), length: articleLength)
    _ = try fingerprint(text, seconds: &simplifiedSeconds)
    _ = try fingerprint(try toTraditional.convert(text), seconds: &traditionalSeconds)
}
print(
    "fingerprints per second, \(articleLength)-character texts: simplified \(format(Double(rateSample) / simplifiedSeconds, 0)), "
        + "traditional \(format(Double(rateSample) / traditionalSeconds, 0))\n")

print("| articles | load s | index RSS MB | copies µs p50 | p99 | found | unrelated µs p50 | p99 | new |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for size in corpusSizes {
    var ignored = 0.0
    var entries: [(Int64, ContentFingerprint)] = []
    entries.reserveCapacity(size)
    for id in 0..<size {
        let text = SyntheticText.make(seed: UInt64(id), length: articleLength)
        entries.append((Int64(id), try fingerprint(text, seconds: &ignored)))
    }
    var dedup = try Deduplicator()
    let before = Measure.residentBytes()
    let (_, loadSeconds) = try Measure.seconds { try dedup.load(entries) }
    let indexBytes = Measure.residentBytes() - before

    let step = max(1, size / lookups)
    let copies = try stride(from: 0, to: size, by: step).prefix(lookups).map { id -> (ContentFingerprint, Int64?) in
        let original = SyntheticText.make(seed: UInt64(id), length: articleLength)
        let copy = SyntheticText.mirrorCopy(of: original, seed: UInt64(id), garbleEvery: garbleEvery)
        return (try fingerprint(copy, seconds: &ignored), Int64(id))
    }
    let unrelated = try (0..<lookups).map { offset -> (ContentFingerprint, Int64?) in
        let text = SyntheticText.make(seed: UInt64(size + 1_000_000 + offset), length: articleLength)
        return (try fingerprint(text, seconds: &ignored), nil)
    }
    let (copyTimes, found, byContainment) = lookupTimes(dedup, copies)
    let farCopies = copies.filter { copy in
        (copy.0.simhash ^ entries[Int(copy.1!)].1.simhash).nonzeroBitCount > dedup.threshold
    }.count
    let (unrelatedTimes, fresh, _) = lookupTimes(dedup, unrelated)
    let row: [String] = [
        "\(size)", format(loadSeconds, 2), format(Double(indexBytes) / 1_048_576, 0),
        format(Measure.quantile(copyTimes, 0.5)), format(Measure.quantile(copyTimes, 0.99)),
        "\(found)/\(copies.count) (\(farCopies) beyond threshold, \(byContainment) found by containment)",
        format(Measure.quantile(unrelatedTimes, 0.5)), format(Measure.quantile(unrelatedTimes, 0.99)),
        "\(fresh)/\(unrelated.count)",
    ]
    print("| " + row.joined(separator: " | ") + " |")
}
