import Foundation
import Logging
import WatchConfig
import WatchCore

/// After a reload: sources whose interval changed get their next poll re-planned in the store,
/// so the scheduler and `sources` show the new schedule instead of one more old interval.
enum ReloadSchedule {
    static func apply(old: Config, new: Config, store: any Store, now: Date, logger: Logger) async throws {
        let oldIntervals = Dictionary(old.sources.map { ($0.id, $0.interval) }, uniquingKeysWith: { first, _ in first })
        let changed = new.sources.filter { source in oldIntervals[source.id].map { $0 != source.interval } ?? false }
        guard !changed.isEmpty else { return }
        let statuses = Dictionary(
            try await store.sourceHealth().map { ($0.sourceID, $0) },
            uniquingKeysWith: { first, _ in first })
        for source in changed {
            guard let status = statuses[source.id],
                let due = PollSchedule().replanned(
                    status, interval: source.interval, jitter: source.jitter,
                    unit: Double.random(in: 0..<1), now: now)
            else { continue }
            try await store.reschedule(sourceID: source.id, nextDue: due)
            logger.info(
                "next poll re-planned for the new interval",
                metadata: ["source": "\(source.id)", "next_poll": "\(due)"])
        }
    }
}
