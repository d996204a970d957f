// swift-tools-version: 6.1
import PackageDescription

// The benchmarks and tools, apart from the product's manifest (as swift-log and swift-nio keep
// theirs): `swift run -c release --package-path Benchmarks bench-dedup 20000`. They build
// against the library products that ../Package.swift exports for them.

/// Library products of the main package, by name.
func bureauwatch(_ products: String...) -> [Target.Dependency] {
    products.map { .product(name: $0, package: "bureauwatch") }
}

let logging: Target.Dependency = .product(name: "Logging", package: "swift-log")

let package = Package(
    name: "bureauwatch-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "bureauwatch", path: ".."),
        // Already in the main package's graph (same pin); named here because the tools log.
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
    ],
    targets: [
        .executableTarget(
            name: "bench-fetch", dependencies: bureauwatch("WatchFetch", "WatchTesting", "WatchCore") + [logging]),
        .executableTarget(
            name: "bench-metrics", dependencies: bureauwatch("WatchDaemon", "WatchTesting", "WatchCore") + [logging]),
        .executableTarget(
            name: "bench-store",
            dependencies: bureauwatch("WatchStore", "WatchPostgres", "WatchTesting", "WatchCore") + [logging]),
        // Delivery throughput figures (watch files, feed, WARC, webhook rendering): prints a table.
        .executableTarget(name: "DeliverBench", dependencies: bureauwatch("WatchDeliver", "WatchCore") + [logging]),
        .executableTarget(
            name: "bench-dedup",
            dependencies: bureauwatch("WatchCore", "WatchDedup", "LibOpenCC", "WatchTesting", "WatchPostgres") + [
                logging
            ]),
        // The extraction quality gate's runner and speed bench over ../shared/extraction-corpus.
        .executableTarget(name: "extract-corpus", dependencies: bureauwatch("WatchExtract", "WatchCore", "LibXML")),
        // `.ci/fuzz` builds the libFuzzer entry point (-D FUZZING); the plain build makes a replay
        // tool of the same harness the regression test (WatchExtractTests) replays findings with.
        .executableTarget(name: "fuzz-extract", dependencies: bureauwatch("ExtractFuzzHarness")),
    ],
    swiftLanguageModes: [.v6]
)
