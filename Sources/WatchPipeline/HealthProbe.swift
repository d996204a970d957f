import Foundation
import WatchCore

/// Why the daemon is not doing its work, as `/healthz` reports it: sources failing
/// `failing_after` polls in a row, a delivery pending too long, a store or watch folder that
/// cannot be written. Each reason is one line for the operator; none means healthy.
public struct HealthProbe: Sendable {
    let store: any Store
    /// The SQLite file; nil for a PostgreSQL store, whose writes the store's own errors report.
    let databasePath: String?
    let watchDir: String
    let clock: any WallClock

    /// A delivery still pending this long after it was queued means webhooks are not arriving.
    public static let stuckDeliveryAge: TimeInterval = 15 * 60
    /// The file the watch-folder probe creates and removes (hidden: no reader takes it for an article).
    static let probeName = ".bureauwatch-write-probe"

    public init(store: any Store, databasePath: String?, watchDir: String, clock: any WallClock) {
        self.store = store
        self.databasePath = databasePath
        self.watchDir = watchDir
        self.clock = clock
    }

    /// What is wrong now, and how many of `sources` are failing.
    public func check(sources: [SourceConfig], failingAfter: Int) async -> (failing: Int, reasons: [String]) {
        var reasons: [String] = []
        var failing = 0
        do {
            let failingRows = try await store.failingSources(atLeast: failingAfter)
            // The config's ids only when some source fails: this runs after every poll.
            let known = failingRows.isEmpty ? [] : Set(sources.map(\.id))
            for status in failingRows where known.contains(status.sourceID) {
                failing += 1
                reasons.append(
                    "source \(status.sourceID) failing: \(status.consecutiveFailures) polls in a row, last error \(status.lastErrorKind?.rawValue ?? "unknown"): \(status.lastErrorMessage ?? "")"
                )
            }
            if let oldest = try await store.dueDeliveries(now: .distantFuture, limit: 1).first,
                clock.now.timeIntervalSince(oldest.createdAt) > Self.stuckDeliveryAge
            {
                let minutes = Int(clock.now.timeIntervalSince(oldest.createdAt) / 60)
                reasons.append(
                    "delivery to webhook \(oldest.webhookID) pending for \(minutes) min (\(oldest.lastError ?? "not yet tried"))"
                )
            }
        } catch {
            reasons.append("store unreadable: \(error)")
        }
        reasons += writeProblems()
        return (failing, reasons)
    }

    /// The store's database (and its folder, for the journal) and the watch folder must be
    /// writable: a read-only mount (EROFS under `ProtectSystem=strict`), a permission, a deleted
    /// database.
    func writeProblems() -> [String] {
        var problems: [String] = []
        if let databasePath {
            let stateDir = (databasePath as NSString).deletingLastPathComponent
            if access(databasePath, W_OK) != 0 || access(stateDir, W_OK) != 0 {
                problems.append("store not writable: \(databasePath): \(String(cString: strerror(errno)))")
            }
        }
        if let problem = probeWatchFolder() { problems.append(problem) }
        return problems
    }

    /// Creates and removes a file in the watch folder: the only test that sees what a write
    /// would see (root passes `access`, an immutable folder does not).
    private func probeWatchFolder() -> String? {
        let path = (watchDir as NSString).appendingPathComponent(Self.probeName)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            return "watch folder not writable: \(watchDir): \(String(cString: strerror(errno)))"
        }
        close(descriptor)
        unlink(path)
        return nil
    }
}
