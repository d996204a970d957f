import CoreMetrics
import Synchronization

/// The counters and gauges already made, by name and labels. Making one through the Prometheus
/// factory copies the registry's table of that name's label sets, so making it on every poll
/// cost O(sources) per poll; a made handle is kept and reused.
final class MetricHandles: Sendable {
    private struct Key: Hashable {
        let name: String
        let labels: [String]
    }

    private let counters = Mutex<[Key: CoreMetrics.Counter]>([:])
    private let gauges = Mutex<[Key: CoreMetrics.Gauge]>([:])

    func counter(_ name: String, _ labels: [(String, String)], make: () -> CoreMetrics.Counter) -> CoreMetrics.Counter {
        let key = Key(name: name, labels: labels.flatMap { [$0.0, $0.1] })
        return counters.withLock { table in
            if let made = table[key] { return made }
            let made = make()
            table[key] = made
            return made
        }
    }

    func gauge(_ name: String, _ labels: [(String, String)], make: () -> CoreMetrics.Gauge) -> CoreMetrics.Gauge {
        let key = Key(name: name, labels: labels.flatMap { [$0.0, $0.1] })
        return gauges.withLock { table in
            if let made = table[key] { return made }
            let made = make()
            table[key] = made
            return made
        }
    }
}
