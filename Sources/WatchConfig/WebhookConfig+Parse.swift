import Foundation
import WatchCore

extension WebhookConfig {
    static let keys = ["id", "url", "format", "secret", "events", "match"]
    static let matchKeys = ["sources", "keywords"]

    static func parseList(_ node: ConfigNode) throws -> [WebhookConfig] {
        var seen: Set<String> = []
        return try node.sequence().map { item in
            let target = try parse(item)
            guard seen.insert(target.id).inserted else {
                throw item.error("webhook id '\(target.id)' is used twice; ids must be unique")
            }
            return target
        }
    }

    static func parse(_ node: ConfigNode) throws -> WebhookConfig {
        let fields = try node.mapping(allowed: keys)
        func required(_ key: String) throws -> ConfigNode {
            guard let value = fields[key] else { throw node.error("\(node.path) needs '\(key)'") }
            return value
        }
        let match = try fields["match"]?.mapping(allowed: matchKeys) ?? [:]
        return WebhookConfig(
            id: try required("id").nonEmptyString(),
            url: try SourceConfig.parseURL(try required("url")),
            format: try fields["format"].map(parseFormat) ?? .json,
            secret: try fields["secret"]?.nonEmptyString(),
            events: try fields["events"].map(parseEvents) ?? EventKind.allCases,
            match: WebhookMatch(sources: try match["sources"].map(strings) ?? [],
                                keywords: try match["keywords"].map(strings) ?? []))
    }

    static func parseFormat(_ node: ConfigNode) throws -> WebhookFormat {
        let text = try node.string()
        guard let format = WebhookFormat(rawValue: text) else {
            throw node.error("'format' must be one of \(WebhookFormat.allCases.map(\.rawValue).joined(separator: ", ")); got '\(text)'")
        }
        return format
    }

    static func parseEvents(_ node: ConfigNode) throws -> [EventKind] {
        try node.sequence().map { item in
            let text = try item.string()
            guard let event = EventKind(rawValue: text) else {
                throw item.error("unknown event '\(text)'; expected one of \(EventKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return event
        }
    }

    static func strings(_ node: ConfigNode) throws -> [String] {
        try node.sequence().map { try $0.nonEmptyString() }
    }
}
