import LibXML

/// What a page declares about itself: `<meta>` tags (government pages carry `ArticleTitle`,
/// `PubDate`, `ContentSource`, `ColumnName`, `Keywords`; others Open Graph and schema.org),
/// the `<title>`, and JSON-LD blocks.
struct MetaTags: Sendable {
    /// Meta values by lower-cased `name`, `property`, `itemprop` or `http-equiv`; first wins.
    private(set) var values: [String: String] = [:]
    /// The `<title>` text, spaces folded.
    private(set) var pageTitle: String?
    /// The raw text of each `<script type="application/ld+json">`.
    private(set) var jsonLD: [String] = []

    init(snapshot: HTMLSnapshot) {
        let nodes = snapshot.nodes
        for index in nodes.indices where !nodes[index].isText {
            switch nodes[index].tag {
            case "meta": record(nodes[index])
            case "title" where pageTitle == nil:
                let text = TextMeasure.collapsingSpaces(snapshot.text(of: index))
                if !text.isEmpty { pageTitle = text }
            case "script" where nodes[index].attribute("type")?.lowercased() == "application/ld+json":
                jsonLD.append(snapshot.text(of: index))
            default: continue
            }
        }
    }

    private mutating func record(_ node: HTMLSnapshot.Node) {
        guard let content = node.attribute("content") else { return }
        let value = TextMeasure.collapsingSpaces(content)
        guard !value.isEmpty else { return }
        for key in ["name", "property", "itemprop", "http-equiv"] {
            guard let name = node.attribute(key)?.lowercased(), values[name] == nil else { continue }
            values[name] = value
        }
    }

    /// The first present value among `names` (lower case).
    func first(_ names: [String]) -> String? {
        for name in names { if let value = values[name] { return value } }
        return nil
    }

    /// Government template tags, lower-cased.
    static let articleTitle = "articletitle"
    static let pubDate = "pubdate"
    static let contentSource = "contentsource"
    static let columnName = "columnname"
    static let keywords = "keywords"
}
