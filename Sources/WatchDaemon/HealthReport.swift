import Foundation

/// What `/healthz` says, as the daemon sees itself: whether it can do its work, and how many
/// sources it watches and how many of those are failing.
public struct HealthReport: Sendable, Hashable {
    /// Whether the daemon can do its work (e.g. the store is open); `false` answers 503.
    public var healthy: Bool
    public var sources: Int
    /// Sources whose last poll failed. Failing sources alone do not make the daemon unhealthy:
    /// a bureau's site being down is not the daemon's fault, and restarting would not help.
    public var failing: Int
    /// Why the daemon is unhealthy, for the operator.
    public var reason: String?

    public init(healthy: Bool, sources: Int, failing: Int, reason: String? = nil) {
        self.healthy = healthy
        self.sources = sources
        self.failing = failing
        self.reason = reason
    }

    /// The one-line JSON body: `{"status":"ok","sources":N,"failing":M}`, with status
    /// `unavailable` and a `reason` when unhealthy.
    public var json: String {
        var text = #"{"status":"\#(healthy ? "ok" : "unavailable")","sources":\#(sources),"failing":\#(failing)"#
        if let reason { text += #","reason":\#(Self.quoted(reason))"# }
        return text + "}"
    }

    /// `text` as a JSON string literal (JSONEncoder does the escaping).
    private static func quoted(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        guard let data = try? encoder.encode(text) else { return "\"\"" }
        return String(decoding: data, as: UTF8.self)
    }
}
