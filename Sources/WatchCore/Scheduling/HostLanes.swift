import Foundation

/// The order a poll cycle starts its sources in: one lane per host of the sources' list pages,
/// each with at most `width` polls in flight, the next source of a lane starting when one of
/// its polls ends. Lanes never wait for each other, so a slow or resting host holds back only
/// its own sources.
///
/// Why: a poll beyond its host's request slots only waits at the politeness gate, holding its
/// task's memory. Starting all sources of one host at once raised a `fetch` process's peak RSS
/// for no gain in speed (BENCHMARKS.md, "The 304 cycle before and after").
public struct HostLanes: Sendable {
    /// Polls in flight per request slot of a host: one fetching while another parses and
    /// stores, so the host's slots stay busy.
    public static let pollsPerSlot = 2

    private var waiting: [String: ArraySlice<SourceConfig>] = [:]
    private var laneOf: [String: String] = [:]
    private var hostsInOrder: [String] = []
    private var width: [String: Int] = [:]

    /// Lanes over `sources`, in their order within each host; a lane's width is
    /// `pollsPerSlot` times the largest per-host concurrency its sources ask for.
    public init(_ sources: [SourceConfig]) {
        var grouped: [String: [SourceConfig]] = [:]
        for source in sources {
            let host = Self.hostKey(source.url)
            if grouped[host] == nil { hostsInOrder.append(host) }
            grouped[host, default: []].append(source)
            laneOf[source.id] = host
            width[host] = max(width[host] ?? 1, source.perHost.concurrency * Self.pollsPerSlot)
        }
        waiting = grouped.mapValues { $0[...] }
    }

    /// The polls to start at once: the first `width` sources of every lane.
    public mutating func start() -> [SourceConfig] {
        var started: [SourceConfig] = []
        for host in hostsInOrder {
            let lane = waiting[host] ?? []
            let count = min(width[host] ?? 1, lane.count)
            started += lane.prefix(count)
            waiting[host] = lane.dropFirst(count)
        }
        return started
    }

    /// The source to start now that the poll of `finishedID` ended: the next one of its lane.
    public mutating func next(after finishedID: String) -> SourceConfig? {
        guard let host = laneOf[finishedID], let source = waiting[host]?.first else { return nil }
        waiting[host] = waiting[host]?.dropFirst()
        return source
    }

    /// `host[:port]`, lowercased, of a list page URL; the whole URL when it has no host (such
    /// a source fails on its own, in a lane of its own).
    public static func hostKey(_ url: String) -> String {
        guard let components = URLComponents(string: url), let host = components.host, !host.isEmpty else { return url }
        return host.lowercased() + (components.port.map { ":\($0)" } ?? "")
    }
}
