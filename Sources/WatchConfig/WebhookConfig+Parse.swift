import Foundation
import WatchCore

extension WebhookConfig {
    static let keys = ["id", "url", "format", "secret", "events", "match", "rate", "timeout"]
    /// The bounds of a webhook's `timeout:`.
    static let timeoutRange: ClosedRange<Double> = 1...120
    static let matchKeys = ["sources", "keywords"]

    /// The webhooks, and a located error for each `${VAR}` in a URL or secret that the
    /// environment does not set (`check` reports them; the webhook fails when used).
    static func parseList(_ node: ConfigNode) throws -> (webhooks: [WebhookConfig], unset: [ConfigError]) {
        var seen: Set<String> = []
        var unset: [ConfigError] = []
        let webhooks = try node.sequence().map { item in
            let target = try parse(item, unset: &unset)
            guard seen.insert(target.id).inserted else {
                throw item.error("webhook id '\(target.id)' is used twice; ids must be unique")
            }
            return target
        }
        return (webhooks, unset)
    }

    static func parse(_ node: ConfigNode, unset: inout [ConfigError]) throws -> WebhookConfig {
        let fields = try node.mapping(allowed: keys)
        func required(_ key: String) throws -> ConfigNode {
            guard let value = fields[key] else { throw node.error("\(node.path) needs '\(key)'") }
            return value
        }
        let match = try fields["match"]?.mapping(allowed: matchKeys) ?? [:]
        let url = try template(try required("url"), unset: &unset) { _ = try SourceConfig.parseURL($0) }
        let secret = try fields["secret"].map { try template($0, unset: &unset) }
        return WebhookConfig(
            id: try required("id").nonEmptyString(),
            url: url,
            format: try fields["format"].map(parseFormat) ?? .json,
            secret: secret,
            events: try fields["events"].map(parseEvents) ?? EventKind.subscribable,
            match: WebhookMatch(
                sources: try match["sources"].map(strings) ?? [],
                keywords: try match["keywords"].map(strings) ?? []),
            rate: try fields["rate"].map(parseRate),
            timeout: try fields["timeout"]?.duration(in: timeoutRange) ?? WebhookConfig.defaultTimeout)
    }

    /// A URL or secret as written, `${VAR}` kept for the webhook's use. A variable the
    /// environment lacks is noted in `unset`; a value the environment completes is checked now.
    static func template(
        _ node: ConfigNode, unset: inout [ConfigError],
        check: (ConfigNode) throws -> Void = { _ in }
    ) throws -> String {
        let text = try node.rawString()
        if let missing = node.unsetVariable() {
            unset.append(missing)
        } else {
            try check(node)
        }
        return text
    }

    static func parseRate(_ node: ConfigNode) throws -> DeliveryRate {
        let text = try node.string()
        guard let rate = DeliveryRate(text: text) else {
            throw node.error("'rate' must be messages per s, min or h, like 20/min or 1/s; got '\(text)'")
        }
        return rate
    }

    static func parseFormat(_ node: ConfigNode) throws -> WebhookFormat {
        let text = try node.string()
        guard let format = WebhookFormat(rawValue: text) else {
            throw node.error(
                "'format' must be one of \(WebhookFormat.allCases.map(\.rawValue).joined(separator: ", ")); got '\(text)'"
            )
        }
        return format
    }

    static func parseEvents(_ node: ConfigNode) throws -> [EventKind] {
        try node.sequence().map { item in
            let text = try item.string()
            guard let event = EventKind(rawValue: text), event != .test else {
                throw item.error(
                    "unknown event '\(text)'; expected one of \(EventKind.subscribable.map(\.rawValue).joined(separator: ", "))"
                )
            }
            return event
        }
    }

    static func strings(_ node: ConfigNode) throws -> [String] {
        try node.sequence().map { try $0.nonEmptyString() }
    }
}
