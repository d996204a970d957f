import Foundation
import WatchCore

extension SourceConfig {
    /// Source ids appear in file names and metrics labels, hence the narrow alphabet.
    static let idAlphabet = Set("abcdefghijklmnopqrstuvwxyz0123456789-")
    static let charsetNameAlphabet = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:")

    static func parse(_ node: ConfigNode, defaults: SourceDefaults) throws -> SourceConfig {
        let fields = try node.mapping(allowed: ConfigLoader.sourceKeys)
        func required(_ key: String) throws -> ConfigNode {
            guard let value = fields[key] else { throw node.error("\(node.path) needs '\(key)'") }
            return value
        }
        let idNode = try required("id")
        let id = try idNode.nonEmptyString()
        guard id.allSatisfy(idAlphabet.contains) else {
            throw idNode.error("source id '\(id)' may use only a-z, 0-9 and '-'")
        }
        var settings = defaults
        try settings.apply(fields)
        let list = try fields["list"].map(parseListFormat) ?? .html
        let json = try parseJSONList(format: list, mapping: fields["json"], listNode: fields["list"], source: node)
        let url = try parseURL(try required("url"), pagePlaceholder: list == .json)
        let pages = try fields["pages"]?.int(in: 1...50) ?? 1
        if list == .json { try checkJSONURL(url, pages: pages, node: try required("url")) }
        return SourceConfig(
            id: id,
            name: try required("name").nonEmptyString(),
            kind: try parseKind(try required("kind")),
            url: url,
            interval: settings.interval, jitter: settings.jitter, timeout: settings.timeout,
            userAgent: settings.userAgent, perHost: settings.perHost, robots: settings.robots,
            encoding: try fields["encoding"].flatMap(parseEncoding),
            pages: pages,
            selectors: try fields["selectors"].map(parseSelectors) ?? SourceSelectors(),
            recheck: settings.recheck, proxy: settings.proxy, baseline: settings.baseline,
            maxBackoff: settings.maxBackoff, list: list, json: json)
    }

    static func parseKind(_ node: ConfigNode) throws -> SourceRole {
        let text = try node.string()
        guard let kind = SourceRole(rawValue: text) else {
            throw node.error("'kind' must be bureau or mirror; got '\(text)'")
        }
        return kind
    }

    /// An absolute http(s) URL; with `pagePlaceholder`, `{page}` stands for a number in it.
    static func parseURL(_ node: ConfigNode, pagePlaceholder: Bool = false) throws -> String {
        let text = try node.nonEmptyString()
        let checked = pagePlaceholder ? text.replacingOccurrences(of: JSONListMapping.pagePlaceholder, with: "1") : text
        guard let components = URLComponents(string: checked), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", components.host?.isEmpty == false
        else {
            throw node.error(
                "'url' must be an absolute http or https URL; got '\(text)'"
                    + (URLCheck.problem(in: text).map { " (\($0))" } ?? ""))
        }
        if let problem = URLCheck.problem(in: text) {
            throw node.error("'url' must be an absolute http or https URL; got '\(text)': \(problem)")
        }
        return text
    }

    /// `auto` (or absent) means detect; anything else names a charset.
    static func parseEncoding(_ node: ConfigNode) throws -> String? {
        let text = try node.nonEmptyString()
        if text.lowercased() == "auto" { return nil }
        guard text.allSatisfy(charsetNameAlphabet.contains) else {
            throw node.error("'encoding' must be auto or a charset name such as gb18030 or utf-8; got '\(text)'")
        }
        return text
    }

    static func parseSelectors(_ node: ConfigNode) throws -> SourceSelectors {
        let fields = try node.mapping(allowed: ConfigLoader.selectorKeys)
        return SourceSelectors(
            item: try fields["item"]?.nonEmptyString(), link: try fields["link"]?.nonEmptyString(),
            title: try fields["title"]?.nonEmptyString(), date: try fields["date"]?.nonEmptyString(),
            body: try fields["body"]?.nonEmptyString())
    }
}
