// swift-tools-version: 6.1
import PackageDescription

// Layout: a core with no C in it (WatchCore), one C module plus one small Swift
// wrapper target per C library (Lib*), and the domain targets on top of those.
// The wrappers own every C pointer; the domain targets import no C module.
// ARCHITECTURE.md says which target may import which.

// The benchmarks and tools live in Benchmarks/, a package of their own that depends on this one
// by path; these library products exist for it alone and are no public API.
let librariesForBenchmarks: [Product] = [
    "WatchCore", "WatchFetch", "WatchExtract", "WatchDedup", "WatchStore", "WatchDeliver", "WatchDaemon",
    "WatchTesting", "LibXML", "LibOpenCC", "ExtractFuzzHarness", "WatchPostgres",
].map { .library(name: $0, targets: [$0]) }

let package = Package(
    name: "bureauwatch",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "bureauwatch", targets: ["bureauwatch"])
    ] + librariesForBenchmarks,
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", exact: "2.13.0"),
        // swift-prometheus needs only swift-metrics and swift-atomics (no swift-nio).
        .package(url: "https://github.com/apple/swift-metrics", exact: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", exact: "2.4.1"),
        // The web page (WatchWeb). No traits: Hummingbird's default ones pull in swift-configuration,
        // which the daemon does not use (its config is sources.yaml); traits need tools 6.1.
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1", traits: []),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/apple/swift-http-types", exact: "1.8.0"),
        // The PostgreSQL store (WatchPostgres): `store: postgres://…` (issue 19).
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
        // The scheduler's due queues (HeapModule); already in the graph through swift-nio.
        .package(url: "https://github.com/apple/swift-collections", exact: "1.6.0"),
    ],
    targets: [
        // C libraries, as Debian installs them (see Makefile: DEBIAN_PACKAGES).
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "COpenCC", pkgConfig: "opencc", providers: [.apt(["libopencc-dev"])]),
        .systemLibrary(name: "CUchardet", pkgConfig: "uchardet", providers: [.apt(["libuchardet-dev"])]),
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        // glibc's mallopt, for the executable's one malloc setting (MallocArenas).
        .systemLibrary(name: "CMalloc"),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

        // One owner per C library.
        .target(name: "LibCurl", dependencies: ["CCurl"]),
        .target(name: "LibXML", dependencies: ["CLibXML2"]),
        .target(name: "LibOpenCC", dependencies: ["COpenCC"]),
        .target(name: "LibUchardet", dependencies: ["CUchardet"]),
        .target(name: "LibYAML", dependencies: ["CYAML"]),
        .target(name: "LibSQLite", dependencies: ["CSQLite"]),
        .target(name: "LibCrypto", dependencies: ["CCrypto"]),
        .target(name: "LibZlib", dependencies: ["CZlib"]),

        // The domain.
        .target(
            name: "WatchCore",
            dependencies: [
                .product(name: "Logging", package: "swift-log")
            ]),
        // sources.yaml is read from libyaml's events (LibYAML), one source at a time.
        .target(name: "WatchConfig", dependencies: ["WatchCore", "LibYAML"]),
        .target(
            name: "WatchFetch",
            dependencies: [
                "WatchCore", "LibCurl",
                .product(name: "Logging", package: "swift-log"),
            ]),
        .target(
            name: "WatchExtract",
            dependencies: [
                "WatchCore", "LibXML", "LibUchardet",
                .product(name: "Logging", package: "swift-log"),
            ]),
        .target(name: "WatchDedup", dependencies: ["WatchCore", "LibOpenCC", "LibCrypto"]),
        .target(
            name: "WatchStore",
            dependencies: [
                "WatchCore", "LibSQLite",
                .product(name: "Logging", package: "swift-log"),
            ]),
        // The PostgreSQL store: the same protocols as WatchStore's SQLite store, on postgres-nio.
        .target(
            name: "WatchPostgres",
            dependencies: [
                "WatchCore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]),
        // `state migrate`: the one place that reads an SQLite state and writes a PostgreSQL one.
        .target(
            name: "WatchStateMigration",
            dependencies: [
                "WatchCore", "WatchPostgres", "LibSQLite",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .target(
            name: "WatchDeliver",
            dependencies: [
                "WatchCore", "LibCrypto", "LibZlib",
                .product(name: "Logging", package: "swift-log"),
            ]),
        .target(
            name: "WatchDaemon",
            dependencies: [
                "WatchCore", "WatchHTTP",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]),
        // A small blocking HTTP/1.1 server on POSIX sockets: the daemon's /metrics endpoint and,
        // through WatchTesting, the loopback fixture server.
        .target(name: "WatchHTTP"),
        .target(
            name: "WatchPipeline",
            dependencies: [
                "WatchCore", "WatchFetch", "WatchExtract", "WatchDedup",
                "WatchDeliver", .product(name: "Logging", package: "swift-log"),
                .product(name: "HeapModule", package: "swift-collections"),
            ]),
        .target(name: "WatchTesting", dependencies: ["WatchCore", "WatchHTTP"]),
        // The tests' PostgreSQL databases, one per test (issue 19); apart from WatchTesting so
        // the benchmarks that use that do not build postgres-nio.
        .target(
            name: "PostgresTesting",
            dependencies: [
                "WatchPostgres", .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        // The daemon's read-only web page (/, /articles, /sources, /deliveries, /feed.xml) on Hummingbird.
        .target(
            name: "WatchWeb",
            dependencies: [
                "WatchCore", "WatchHTTP",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
            ]),

        .executableTarget(
            name: "bureauwatch",
            dependencies: [
                "WatchCore", "WatchConfig", "WatchDaemon", "WatchPipeline", "WatchFetch", "WatchExtract", "WatchDedup",
                "WatchStore", "WatchDeliver",
                "WatchWeb", "WatchPostgres", "WatchStateMigration",
                // Only for `--version`: the linked C libraries' own version strings.
                "LibCurl", "LibXML", "LibSQLite", "LibOpenCC",
                "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ]),

        // Not a benchmark: the crash test's victim. CrashSafetyTests (WatchStoreTests) runs it as a
        // child process from the build folder, so `swift build --build-tests` has to build it here.
        .executableTarget(
            name: "store-torture",
            dependencies: [
                "WatchStore", "WatchTesting",
                .product(name: "Logging", package: "swift-log"),
            ]),
        // The fuzz harness is a library so the regression test (WatchExtractTests) replays the
        // fuzzer's findings through the same code as Benchmarks/fuzz-extract.
        .target(name: "ExtractFuzzHarness", dependencies: ["WatchExtract", "WatchCore", "LibXML"]),

        .testTarget(name: "LibCurlTests", dependencies: ["LibCurl", "WatchTesting"]),
        .testTarget(name: "LibXMLTests", dependencies: ["LibXML"]),
        .testTarget(name: "LibOpenCCTests", dependencies: ["LibOpenCC"]),
        .testTarget(name: "LibUchardetTests", dependencies: ["LibUchardet"]),
        .testTarget(name: "LibYAMLTests", dependencies: ["LibYAML"]),
        .testTarget(name: "LibSQLiteTests", dependencies: ["LibSQLite"]),
        .testTarget(name: "LibCryptoTests", dependencies: ["LibCrypto"]),
        .testTarget(name: "WatchCoreTests", dependencies: ["WatchCore"]),
        .testTarget(name: "WatchConfigTests", dependencies: ["WatchConfig", "WatchTesting"]),
        .testTarget(
            name: "WatchDaemonTests",
            dependencies: [
                "WatchDaemon", "WatchHTTP", "WatchTesting",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]),
        .testTarget(
            name: "WatchFetchTests",
            dependencies: [
                "WatchFetch", "WatchTesting",
                .product(name: "Logging", package: "swift-log"),
            ]),
        .testTarget(
            name: "WatchExtractTests", dependencies: ["WatchExtract", "WatchTesting", "ExtractFuzzHarness"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "WatchDedupTests", dependencies: ["WatchDedup", "WatchTesting", "LibOpenCC"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "WatchStoreTests",
            dependencies: [
                "WatchStore", "WatchPostgres", "WatchStateMigration", "WatchTesting", "PostgresTesting", "LibSQLite",
                "WatchPipeline", "WatchDeliver",
                // Two daemons' schedulers on one PostgreSQL (SharedSchedulingTests).
                "WatchFetch",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .testTarget(
            name: "WatchDeliverTests",
            dependencies: ["WatchDeliver", "WatchFetch", "WatchTesting", "LibCrypto", "LibZlib"]),
        .testTarget(
            name: "WatchPipelineTests",
            dependencies: [
                "WatchPipeline", "WatchCore", "WatchStore", "WatchExtract",
                "WatchFetch", "WatchDeliver", "WatchTesting", "WatchPostgres", "PostgresTesting",
                .product(name: "Logging", package: "swift-log"),
            ]),
        .testTarget(
            name: "WatchWebTests",
            dependencies: [
                "WatchWeb", "WatchTesting", "WatchFetch", "WatchHTTP",
                .product(name: "Logging", package: "swift-log"),
            ]),
        // PostgreSQL for the binary tests: a database of their own for `store:` and `state migrate`.
        .testTarget(
            name: "bureauwatchTests",
            dependencies: [
                "WatchTesting", "WatchCore", "WatchStore", "WatchPostgres", "PostgresTesting", "LibSQLite",
                .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["DemoSite"]),
    ],
    swiftLanguageModes: [.v6]
)
