import Foundation
import WatchDaemon

/// A health answer a test can change between requests.
///
/// `@unchecked Sendable`: `current` is only touched while `lock` is held.
final class HealthState: @unchecked Sendable {
    private let lock = NSLock()
    private var current = HealthReport(healthy: false, sources: 1, failing: 0, reason: "store not open")

    var report: HealthReport {
        get { lock.withLock { current } }
        set { lock.withLock { current = newValue } }
    }
}
