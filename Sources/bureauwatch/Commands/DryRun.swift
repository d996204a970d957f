import ArgumentParser
import Foundation
import WatchConfig
import WatchStore

/// `fetch --dry-run`: the poll runs for real (fetch, extract, decide, record) but against a
/// snapshot of the store and a scratch watch folder in a temporary folder, removed afterwards;
/// no delivery is sent. The real state folder, watch folder, feed and validators are untouched.
struct DryRun {
    /// The config pointed at the scratch folders.
    let config: Config
    private let scratch: String

    /// A PostgreSQL store has no file to copy: asking for a dry run there is bad usage (exit 2).
    static func prepare(_ real: Config) throws -> DryRun {
        guard case .sqlite = real.store else {
            throw ValidationError("fetch --dry-run works on the SQLite store only (store: sqlite)")
        }
        let scratch = (NSTemporaryDirectory() as NSString).appendingPathComponent(
            "bureauwatch-dry-run-\(UUID().uuidString)")
        var config = real
        config.stateDir = (scratch as NSString).appendingPathComponent("state")
        config.watchDir = (scratch as NSString).appendingPathComponent("watch")
        config.archive = false
        try FileManager.default.createDirectory(atPath: config.stateDir, withIntermediateDirectories: true)
        try SQLiteStore.snapshot(
            of: (real.stateDir as NSString).appendingPathComponent(Runtime.databaseName),
            to: (config.stateDir as NSString).appendingPathComponent(Runtime.databaseName))
        return DryRun(config: config, scratch: scratch)
    }

    /// The watch files the poll would have written, by name.
    func wouldWrite() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: config.watchDir)) ?? [])
            .filter { $0.hasSuffix(".md") }.sorted()
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: scratch)
    }
}
