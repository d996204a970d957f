import Synchronization
import WatchCore

/// The per-source series of `/metrics` (polls, fetch errors, last success, failures in a row),
/// kept in one table and written out at each scrape. Through the Prometheus registry each new
/// label set copied its name's whole table of label sets: 10 000 sources made a first cycle
/// O(sources²) and kept four objects per source.
final class SourceSeries: Sendable {
    private struct Row {
        var polls = 0
        var fetchErrors: [FetchError.Kind: Int] = [:]
        var lastSuccess: Double?
        var consecutiveFailures = 0
    }

    private let rows = Mutex<[String: Row]>([:])

    /// Shows `sources` at zero, keeping what is already counted for them.
    func register(_ sources: [String]) {
        rows.withLock { table in
            for source in sources where table[source] == nil { table[source] = Row() }
        }
    }

    func recordPoll(_ source: String) { update(source) { $0.polls += 1 } }

    func recordFetchError(_ source: String, kind: FetchError.Kind) {
        update(source) { $0.fetchErrors[kind, default: 0] += 1 }
    }

    func setLastSuccess(_ source: String, seconds: Double) { update(source) { $0.lastSuccess = seconds } }

    func setConsecutiveFailures(_ source: String, count: Int) { update(source) { $0.consecutiveFailures = count } }

    private func update(_ source: String, _ change: (inout Row) -> Void) {
        rows.withLock { table in change(&table[source, default: Row()]) }
    }

    /// The four families in the text exposition format, sources in id order.
    func emit(into buffer: inout [UInt8]) {
        let table = rows.withLock { $0 }.sorted { $0.key < $1.key }
        let errors = table.flatMap { source, row in
            row.fetchErrors.sorted { $0.key.rawValue < $1.key.rawValue }.map { (source, $0.key, $0.value) }
        }
        family(DaemonMetrics.Name.polls, "counter", into: &buffer) {
            for (source, row) in table { sample(DaemonMetrics.Name.polls, source, "\(row.polls)", into: &$0) }
        }
        if !errors.isEmpty {
            family(DaemonMetrics.Name.fetchErrors, "counter", into: &buffer) {
                for (source, kind, count) in errors {
                    sample(DaemonMetrics.Name.fetchErrors, source, "\(count)", kind: kind.rawValue, into: &$0)
                }
            }
        }
        family(DaemonMetrics.Name.lastSuccess, "gauge", into: &buffer) {
            for (source, row) in table {
                if let seconds = row.lastSuccess {
                    sample(DaemonMetrics.Name.lastSuccess, source, Self.format(seconds), into: &$0)
                }
            }
        }
        family(DaemonMetrics.Name.consecutiveFailures, "gauge", into: &buffer) {
            for (source, row) in table {
                sample(DaemonMetrics.Name.consecutiveFailures, source, "\(row.consecutiveFailures)", into: &$0)
            }
        }
    }

    private func family(_ name: String, _ type: String, into buffer: inout [UInt8], _ samples: (inout [UInt8]) -> Void)
    {
        buffer.append(contentsOf: "# TYPE \(name) \(type)\n".utf8)
        samples(&buffer)
    }

    private func sample(
        _ name: String, _ source: String, _ value: String, kind: String? = nil, into buffer: inout [UInt8]
    ) {
        buffer.append(contentsOf: name.utf8)
        buffer.append(contentsOf: #"{source=""#.utf8)
        Self.appendEscaped(source, to: &buffer)
        if let kind {
            buffer.append(contentsOf: #"",kind=""#.utf8)
            Self.appendEscaped(kind, to: &buffer)
        }
        buffer.append(contentsOf: "\"} \(value)\n".utf8)
    }

    /// A label value as the text format wants it: backslash, double quote and line feed escaped.
    private static func appendEscaped(_ value: String, to buffer: inout [UInt8]) {
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): buffer.append(contentsOf: #"\\"#.utf8)
            case UInt8(ascii: "\""): buffer.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\n"): buffer.append(contentsOf: #"\n"#.utf8)
            default: buffer.append(byte)
            }
        }
    }

    /// Whole seconds without a fraction, as a timestamp reads best.
    private static func format(_ seconds: Double) -> String {
        seconds.rounded() == seconds && abs(seconds) < 1e15 ? String(Int64(seconds)) : "\(seconds)"
    }
}
