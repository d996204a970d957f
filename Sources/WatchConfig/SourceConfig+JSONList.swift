import WatchCore

extension SourceConfig {
    /// The keys a `json:` mapping accepts (YAML spelling).
    static let jsonKeys = [
        "preset", "items", "title", "url", "date", "body", "attachments", "attachment_title",
        "attachment_url", "total", "document_number", "publisher",
    ]

    /// `list: html | json`.
    static func parseListFormat(_ node: ConfigNode) throws -> ListFormat {
        let text = try node.string()
        guard let format = ListFormat(rawValue: text) else {
            throw node.error("'list' must be html or json; got '\(text)'")
        }
        return format
    }

    /// The `json:` block of a `list: json` source, checked against the source's URL: a JSON
    /// source needs a mapping, an HTML one must not have one.
    static func parseJSONList(
        format: ListFormat, mapping node: ConfigNode?, listNode: ConfigNode?,
        source: ConfigNode
    ) throws -> JSONListMapping? {
        switch (format, node) {
        case (.html, nil):
            return nil
        case (.html, let node?):
            throw node.error("'json' in \(source.path) needs 'list: json'")
        case (.json, nil):
            throw (listNode ?? source).error(
                "\(source.path) has 'list: json' but no 'json' mapping (a preset such as { preset: spb-cms }, or items, title, url)"
            )
        case (.json, let node?):
            return try parseJSONMapping(node)
        }
    }

    static func parseJSONMapping(_ node: ConfigNode) throws -> JSONListMapping {
        let fields = try node.mapping(allowed: jsonKeys)
        var mapping: JSONListMapping
        if let presetNode = fields["preset"] {
            let name = try presetNode.string()
            guard let preset = JSONListMapping.Preset(rawValue: name) else {
                let known = JSONListMapping.Preset.allCases.map(\.rawValue).joined(separator: ", ")
                throw presetNode.error("unknown JSON preset '\(name)'; known: \(known)")
            }
            mapping = JSONListMapping(preset: preset)
        } else {
            func required(_ key: String) throws -> String {
                guard let value = fields[key] else {
                    throw node.error("\(node.describe) needs '\(key)' (a path into the JSON) or a 'preset'")
                }
                return try jsonPath(value)
            }
            mapping = JSONListMapping(
                items: try required("items"), title: try required("title"), url: try required("url"))
        }
        try override(&mapping, with: fields)
        return mapping
    }

    /// Paths set next to a preset (or the optional ones of a plain mapping) replace its own.
    private static func override(_ mapping: inout JSONListMapping, with fields: [String: ConfigNode]) throws {
        if let node = fields["items"] { mapping.items = try jsonPath(node) }
        if let node = fields["title"] { mapping.title = try jsonPath(node) }
        if let node = fields["url"] { mapping.url = try jsonPath(node) }
        if let node = fields["date"] { mapping.date = try jsonPath(node) }
        if let node = fields["body"] { mapping.body = try jsonPath(node) }
        if let node = fields["attachments"] { mapping.attachments = try jsonPath(node) }
        if let node = fields["attachment_title"] { mapping.attachmentTitle = try jsonPath(node) }
        if let node = fields["attachment_url"] { mapping.attachmentURL = try jsonPath(node) }
        if let node = fields["total"] { mapping.total = try jsonPath(node) }
        if let node = fields["document_number"] { mapping.documentNumber = try jsonPath(node) }
        if let node = fields["publisher"] { mapping.publisher = try jsonPath(node) }
    }

    /// A dotted path of object keys: no empty step, no spaces.
    static func jsonPath(_ node: ConfigNode) throws -> String {
        let text = try node.nonEmptyString()
        let steps = text.split(separator: ".", omittingEmptySubsequences: false)
        guard steps.allSatisfy({ !$0.isEmpty && !$0.contains(where: \.isWhitespace) }) else {
            throw node.error("\(node.describe) must be a dotted path of JSON keys such as data.results; got '\(text)'")
        }
        return text
    }

    /// A JSON source's URL: `{page}` is where the page number goes when more than one page is read.
    static func checkJSONURL(_ url: String, pages: Int, node: ConfigNode) throws {
        if pages > 1 && !url.contains(JSONListMapping.pagePlaceholder) {
            throw node.error(
                "'url' of a JSON source with pages: \(pages) needs \(JSONListMapping.pagePlaceholder) where the page number goes"
            )
        }
    }
}
