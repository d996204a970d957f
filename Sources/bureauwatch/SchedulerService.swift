import Foundation
import Logging
import ServiceLifecycle
import WatchConfig
import WatchCore
import WatchDaemon
import WatchPipeline

/// Polls each source when it is due (`interval` ± `jitter`, due times kept in the store, so a
/// restart does not poll everything at once), until graceful shutdown.
struct SchedulerService: Service {
    let runtime: Runtime
    let box: ConfigBox
    let notifier: SystemdNotifier
    let observations: DaemonObservations
    let logger: Logger

    /// The longest nap between two looks at the schedule, so a reload's new sources start soon.
    static let maxNap: Duration = .seconds(30)

    func run() async throws {
        await withGracefulShutdownHandler {
            await cancelWhenGracefulShutdown { await loop() }
        } onGracefulShutdown: {
            notifier.notify("STOPPING=1")
        }
    }

    private func loop() async {
        var firstDue: [String: Date] = [:]
        var ready = false
        while !Task.isCancelled {
            let config = await box.config
            let now = Date()
            let due: [SourceConfig]
            do {
                due = try await dueSources(config.sources, now: now, firstDue: &firstDue)
            } catch {
                logger.error("cannot read the schedule from the store", metadata: ["error": "\(error)"])
                try? await Task.sleep(for: Self.maxNap)
                continue
            }
            if !ready {
                notifier.notify("READY=1")
                ready = true
            }
            if !due.isEmpty {
                let reports = await runtime.cycle.run(due)
                await observe(reports, sources: config.sources)
                notifier.notify("STATUS=" + Self.status(reports, sources: config.sources.count))
            }
            let nap = await napLength(config.sources, firstDue: firstDue)
            try? await Task.sleep(for: nap)
        }
    }

    /// Sources whose stored due time has passed; a source never polled gets a first due time
    /// spread over the first minutes (`PollSchedule.firstDue`).
    private func dueSources(_ sources: [SourceConfig], now: Date, firstDue: inout [String: Date]) async throws -> [SourceConfig] {
        let stored = try await storedDueTimes()
        let fresh = sources.filter { (stored[$0.id] ?? nil) == nil && firstDue[$0.id] == nil }
        for (index, source) in fresh.enumerated() {
            firstDue[source.id] = PollSchedule().firstDue(now: now, interval: source.interval, index: index, count: fresh.count)
        }
        return sources.filter { source in
            let due = (stored[source.id] ?? nil) ?? firstDue[source.id] ?? now
            return due <= now
        }
    }

    private func napLength(_ sources: [SourceConfig], firstDue: [String: Date]) async -> Duration {
        guard let stored = try? await storedDueTimes() else { return Self.maxNap }
        let next = sources.compactMap { (stored[$0.id] ?? nil) ?? firstDue[$0.id] }.min() ?? Date().addingTimeInterval(30)
        let seconds = min(max(next.timeIntervalSinceNow, 0.05), Self.maxNap.seconds)
        return .milliseconds(Int64(seconds * 1000))
    }

    /// Each polled source's stored next due time.
    private func storedDueTimes() async throws -> [String: Date?] {
        Dictionary(try await runtime.store.sourceHealth().map { ($0.sourceID, $0.nextDue) },
                   uniquingKeysWith: { first, _ in first })
    }

    /// Feeds the poll reports and the sources' failure counts to /metrics and /healthz.
    private func observe(_ reports: [PollReport], sources: [SourceConfig]) async {
        let statuses = (try? await runtime.store.sourceHealth()) ?? []
        let failing = statuses.filter { status in
            status.consecutiveFailures > 0 && sources.contains { $0.id == status.sourceID }
        }
        for status in statuses {
            observations.metrics.setConsecutiveFailures(source: status.sourceID, count: status.consecutiveFailures)
        }
        observations.record(reports, sources: sources.count, failing: failing.count)
    }

    static func status(_ reports: [PollReport], sources: Int) -> String {
        let failing = reports.filter(\.failed).count
        let new = reports.reduce(0) { $0 + $1.newArticles }
        return "polled \(reports.count) of \(sources) sources, \(new) new, \(failing) failing"
    }
}
