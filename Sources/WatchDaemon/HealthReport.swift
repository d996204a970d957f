import Foundation

/// What `/healthz` says, as the daemon sees itself: whether it does its work, how many sources
/// it watches and how many are failing, and each reason it is not healthy.
public struct HealthReport: Sendable, Hashable {
    /// Whether the daemon does its work: `false` as soon as there is a reason (the daemon's
    /// reasons come from `HealthProbe.check`), and `/healthz` then answers 503.
    public var healthy: Bool
    public var sources: Int
    /// Sources that failed `failing_after` polls in a row (each one is also a reason).
    public var failing: Int
    /// Why the daemon is unhealthy, one line each, for the operator: a failing source, a stuck
    /// delivery, a store or watch folder that cannot be written.
    public var reasons: [String]

    /// A report whose health follows its reasons: healthy when there are none.
    public init(sources: Int, failing: Int, reasons: [String]) {
        self.healthy = reasons.isEmpty
        self.sources = sources
        self.failing = failing
        self.reasons = reasons
    }

    /// A report with its health stated outright (the endpoint's tests).
    public init(healthy: Bool, sources: Int, failing: Int, reason: String? = nil) {
        self.healthy = healthy
        self.sources = sources
        self.failing = failing
        self.reasons = reason.map { [$0] } ?? []
    }

    /// The first reason (kept for readers of the earlier one-reason body).
    public var reason: String? { reasons.first }

    /// The one-line JSON body: `{"status":"ok","sources":N,"failing":M}`, with status
    /// `unavailable`, the first `reason` and the list of `reasons` when unhealthy.
    public var json: String {
        var text = #"{"status":"\#(healthy ? "ok" : "unavailable")","sources":\#(sources),"failing":\#(failing)"#
        if let reason { text += #","reason":\#(Self.quoted(reason))"# }
        if !reasons.isEmpty { text += #","reasons":[\#(reasons.map(Self.quoted).joined(separator: ","))]"# }
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
