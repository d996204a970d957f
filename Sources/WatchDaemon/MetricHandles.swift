import Synchronization

/// The counters (or gauges) already made, by name and labels. Making one through the Prometheus
/// factory copies the registry's table of that name's label sets, so making it on every poll
/// cost O(sources) per poll; a made handle is kept and reused.
final class MetricHandles<Handle: Sendable>: Sendable {
    private struct Key: Hashable {
        let name: String
        let labels: [String]
    }

    private let made = Mutex<[Key: Handle]>([:])

    /// The handle for `name` and `labels`, made by `make` the first time.
    func handle(_ name: String, _ labels: [(String, String)], make: () -> Handle) -> Handle {
        let key = Key(name: name, labels: labels.flatMap { [$0.0, $0.1] })
        return made.withLock { table in
            if let handle = table[key] { return handle }
            let handle = make()
            table[key] = handle
            return handle
        }
    }
}
