import LibXML

/// A mirror's `原文链接:` line: it names the original article. The line leaves the body; its
/// URL (the link on the line, or the address written after the colon) is kept.
enum OriginalLink {
    static let labels = ["原文链接", "原文地址", "原文网址"]

    static func isOriginalLinkLine(_ text: String) -> Bool {
        labels.contains { TextMeasure.hasPrefix(text, $0) }
    }

    /// The original's absolute URL from line `index` of `page`.
    static func url(ofLine index: Int, in page: PageText, base: String) -> String? {
        let lines = page.lines
        let nodes = page.snapshot.nodes
        let stop = index + 1 < lines.count ? lines[index + 1].start : nodes.count
        var node = max(lines[index].start - 2, 0)
        while node < stop {
            if nodes[node].tag == "a", let href = nodes[node].attribute("href"),
                let absolute = URLResolver.absolute(href, base: base)
            {
                return absolute
            }
            node += 1
        }
        let written = lines[index].text.drop { $0 != "h" }
        return written.hasPrefix("http") ? URLResolver.absolute(String(written.prefix { $0 != " " }), base: base) : nil
    }
}
