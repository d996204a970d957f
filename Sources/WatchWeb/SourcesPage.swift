import Foundation
import WatchCore

/// Every configured source with its polling record: failing or not, last success, next poll.
struct SourcesPage: Sendable {
    struct Row: Sendable {
        var id: String
        var name: String
        var kind: String
        var url: String
        var interval: String
        var stateLabel: String
        var stateClass: String
        var failures: Int?
        var lastSuccess: String
        var nextPoll: String
        var lastError: String?
        var lastErrorAt: String
    }

    var pageTitle = "来源 Sources"
    var rows: [Row]

    /// Configured sources in config order, then any the store knows that the config no longer has.
    init(sources: [SourceConfig], statuses: [SourceStatus]) {
        let byID = Dictionary(statuses.map { ($0.sourceID, $0) }, uniquingKeysWith: { first, _ in first })
        var rows = sources.map { Self.row($0, status: byID[$0.id]) }
        let configured = Set(sources.map(\.id))
        for status in statuses where !configured.contains(status.sourceID) {
            rows.append(
                Self.row(
                    SourceConfig(id: status.sourceID, name: status.sourceID, kind: status.kind, url: ""),
                    status: status, interval: "—"))
        }
        self.rows = rows
    }

    static func row(_ source: SourceConfig, status: SourceStatus?, interval: String? = nil) -> Row {
        let (label, style) = state(status)
        return Row(
            id: source.id, name: DisplayText.clean(source.name), kind: source.kind.rawValue,
            url: DisplayText.shown(source.url), interval: interval ?? describe(source.interval),
            stateLabel: label, stateClass: style,
            failures: (status?.consecutiveFailures ?? 0) > 0 ? status?.consecutiveFailures : nil,
            lastSuccess: DisplayText.time(status?.lastSuccess),
            nextPoll: status.map { DisplayText.time($0.nextDue) } ?? "—",
            lastError: status?.lastErrorMessage.map { message in
                DisplayText.shown([status?.lastErrorKind?.rawValue, message].compactMap { $0 }.joined(separator: ": "))
            },
            lastErrorAt: DisplayText.time(status?.lastErrorAt))
    }

    /// The state's label and CSS class.
    static func state(_ status: SourceStatus?) -> (String, String) {
        guard let status, status.wasPolled else { return ("未抓取 not polled yet", "idle") }
        // Its last poll failed (`source.failing` waits for `failing_after` of them; the page shows the first).
        return status.consecutiveFailures > 0 ? ("失败 failing", "failing") : ("正常 ok", "ok")
    }

    /// `30m`, `2h`, `1d 6h`: a poll interval as people write it in sources.yaml.
    static func describe(_ interval: Duration) -> String {
        let seconds = Int(interval.components.seconds)
        let counts = [
            (seconds / 86_400, "d"), (seconds % 86_400 / 3600, "h"), (seconds % 3600 / 60, "m"), (seconds % 60, "s"),
        ]
        let parts = counts.filter { $0.0 > 0 }.map { "\($0.0)\($0.1)" }
        return parts.isEmpty ? "0s" : parts.joined(separator: " ")
    }
}
