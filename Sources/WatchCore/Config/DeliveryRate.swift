import Foundation

/// How fast one webhook may be sent to (`rate:` in sources.yaml, e.g. `20/min`, `1/s`).
/// Deliveries are spaced evenly, `period / count` apart, rather than sent in bursts: the chat
/// robots count over sliding windows and punish a burst (DingTalk mutes a robot for 10 minutes).
public struct DeliveryRate: Sendable, Hashable, Codable, CustomStringConvertible {
    public var count: Int
    public var period: Duration

    public init(count: Int, period: Duration) {
        self.count = count
        self.period = period
    }

    /// The least time between two sends.
    public var spacing: Duration { period / count }

    /// The units `rate:` accepts after the slash.
    public static let units: [String: Duration] = [
        "s": .seconds(1), "sec": .seconds(1), "min": .seconds(60), "m": .seconds(60), "h": .seconds(3600),
    ]

    /// `N/unit` with N from 1 to 10 000 and unit s, min or h; `nil` for anything else.
    public init?(text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let count = Int(parts[0].trimmingCharacters(in: .whitespaces)),
            (1...10_000).contains(count),
            let period = Self.units[parts[1].trimmingCharacters(in: .whitespaces).lowercased()]
        else { return nil }
        self.init(count: count, period: period)
    }

    public var description: String {
        let unit = period == .seconds(1) ? "s" : period == .seconds(60) ? "min" : "h"
        return "\(count)/\(unit)"
    }
}

extension WebhookFormat {
    /// The pace a webhook of this format keeps when its `rate:` is not set: each robot's
    /// documented limit. DingTalk custom robots take 20 messages a minute and mute a robot that
    /// sends more for 10 minutes; WeCom group robots take 20 a minute; a Feishu group bot takes
    /// 100 a minute and 5 a second (100/min, 0.6 s apart, keeps both); Slack posts one message
    /// a second per channel. The `json` format goes to the team's own receiver: unpaced.
    public var defaultRate: DeliveryRate? {
        switch self {
        case .dingtalk, .wecom: DeliveryRate(count: 20, period: .seconds(60))
        case .feishu: DeliveryRate(count: 100, period: .seconds(60))
        case .slack: DeliveryRate(count: 1, period: .seconds(1))
        case .json: nil
        }
    }
}
