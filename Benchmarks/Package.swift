// swift-tools-version: 6.1
import PackageDescription

// The benchmarks and tools, apart from the product's manifest (as swift-log and swift-nio keep
// theirs): `swift run -c release --package-path Benchmarks bench-dedup 20000`. They build
// against the library products that ../Package.swift exports for them.
let package = Package(
    name: "bureauwatch-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "bureauwatch", path: ".."),
        // Already in the main package's graph (same pin); named here because the tools log.
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
    ],
    targets: [
        .executableTarget(name: "bench-fetch", dependencies: [
            .product(name: "WatchFetch", package: "bureauwatch"),
            .product(name: "WatchTesting", package: "bureauwatch"),
            .product(name: "WatchCore", package: "bureauwatch"),
            .product(name: "Logging", package: "swift-log")]),
        .executableTarget(name: "bench-metrics", dependencies: [
            .product(name: "WatchDaemon", package: "bureauwatch"),
            .product(name: "WatchCore", package: "bureauwatch"),
            .product(name: "Logging", package: "swift-log")]),
        .executableTarget(name: "bench-store", dependencies: [
            .product(name: "WatchStore", package: "bureauwatch"),
            .product(name: "WatchTesting", package: "bureauwatch"),
            .product(name: "WatchCore", package: "bureauwatch"),
            .product(name: "Logging", package: "swift-log")]),
        // Delivery throughput figures (watch files, feed, WARC, webhook rendering): prints a table.
        .executableTarget(name: "DeliverBench", dependencies: [
            .product(name: "WatchDeliver", package: "bureauwatch"),
            .product(name: "WatchCore", package: "bureauwatch"),
            .product(name: "Logging", package: "swift-log")]),
        .executableTarget(name: "bench-dedup", dependencies: [
            .product(name: "WatchCore", package: "bureauwatch"),
            .product(name: "WatchDedup", package: "bureauwatch"),
            .product(name: "LibOpenCC", package: "bureauwatch"),
            .product(name: "WatchTesting", package: "bureauwatch")]),
        // The extraction quality gate's runner and speed bench over ../shared/extraction-corpus.
        .executableTarget(name: "extract-corpus", dependencies: [
            .product(name: "WatchExtract", package: "bureauwatch"),
            .product(name: "WatchCore", package: "bureauwatch"),
            .product(name: "LibXML", package: "bureauwatch")]),
        // `.ci/fuzz` builds the libFuzzer entry point (-D FUZZING); the plain build makes a replay
        // tool of the same harness the regression test (WatchExtractTests) replays findings with.
        .executableTarget(name: "fuzz-extract", dependencies: [
            .product(name: "ExtractFuzzHarness", package: "bureauwatch")]),
    ],
    swiftLanguageModes: [.v6]
)
