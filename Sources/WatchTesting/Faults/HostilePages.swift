import Foundation

/// Pages built to hurt a parser or a file writer, as bytes a server would send: deep nesting,
/// entity bombs, an external entity pointing at /etc/passwd, titles that look like paths, a list
/// of ten thousand links, several encodings in one page. `site(_:)` serves them all.
public enum HostilePages {
    /// Where `file:` entities point: its contents must never show up anywhere.
    public static let secretFile = "/etc/passwd"
    /// A line every /etc/passwd starts with, to look for.
    public static let secretMarker = "root:x:0"
    /// Titles that try to leave the watch folder or break a file name.
    public static let pathTitles = [
        "../../../../tmp/bw-escape", "a/b/../../c\\d", "零\u{0}字节\u{0}标题", String(repeating: "长", count: 5000),
    ]

    /// An article page in the bureaus' style; `head` goes before `<html>` (a DOCTYPE).
    public static func article(title: String, seed: UInt64, head: String = "", extraBody: String = "") -> String {
        let escaped = title.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "\u{0}", with: "&#0;")
        let body = SyntheticPages.paragraphs(seed: seed, characters: 500).map { "<p>\($0)</p>" }.joined()
        return """
            \(head)<html><head><meta charset="utf-8"><meta name="ArticleTitle" content="\(escaped)">
            <meta name="PubDate" content="2026-11-20 09:30"><title>\(escaped)</title></head>
            <body><div class="detail-news"><h1>\(escaped)</h1>\(extraBody)\(body)</div></body></html>
            """
    }

    /// `depth` nested `<div>`s around an article's text.
    public static func deepNesting(depth: Int, seed: UInt64 = 1) -> String {
        article(
            title: "深层嵌套的通知", seed: seed,
            extraBody: String(repeating: "<div>", count: depth) + "<p>最深处</p>"
                + String(repeating: "</div>", count: depth))
    }

    /// Billion laughs (ten levels of tenfold entities) plus an external entity on `secretFile`,
    /// used in the title and the body.
    public static func entityBombs(seed: UInt64 = 2) -> String {
        var entities = "<!ENTITY l0 \"lol\">"
        for level in 1...9 {
            entities += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">"
        }
        entities += "<!ENTITY xxe SYSTEM \"file://\(secretFile)\">"
        let head = "<?xml version=\"1.0\"?><!DOCTYPE html [\(entities)]>"
        return article(title: "实体测试", seed: seed, head: head, extraBody: "<p>&l9;</p><p>&xxe;</p>")
            .replacingOccurrences(of: "<title>实体测试</title>", with: "<title>实体&xxe;测试&l9;</title>")
    }

    /// A list page with `count` dated links `/hostile/n<i>.html`.
    public static func list(links count: Int) -> String {
        let rows = (1...max(count, 1)).map {
            "<li><a href=\"n\($0).html\">第\($0)号关于快递市场监管工作的通知</a><span>2026-11-20</span></li>"
        }
        return "<html><head><meta charset=\"utf-8\"></head><body><ul>\(rows.joined())</ul></body></html>"
    }

    /// An article in UTF-8 with a GB18030 run, stray invalid bytes and UTF-16 in its middle.
    public static func mixedEncodings(seed: UInt64 = 3) -> [UInt8] {
        var bytes = Array(article(title: "混合编码的页面", seed: seed).utf8)
        let gb = "关于做好快递市场旺季服务保障工作的通知".data(using: String.Encoding(rawValue: 0x8000_0632)).map { [UInt8]($0) } ?? []
        let utf16 = "こんにちは".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        // Inside the first paragraph of the body, after the heading.
        let marker = Array("<p>".utf8)
        let middle =
            (0..<(bytes.count - marker.count)).first { Array(bytes[$0..<($0 + marker.count)]) == marker }
            .map { $0 + marker.count + 6 } ?? (bytes.count * 2 / 3)
        bytes.insert(contentsOf: gb + [0xFF, 0xFE, 0xC0, 0x80] + utf16, at: middle)
        return bytes
    }

    /// The hostile site: `/hostile/list.html` links every page below, each its own article.
    public static func site(_ request: RecordedRequest) -> ServerReply {
        let page = request.path.split(separator: "/").last.map(String.init) ?? ""
        switch page {
        case "list.html":
            let names = ["deep", "entities", "mixed"] + pathTitles.indices.map { "title\($0)" }
            let rows = names.enumerated().map {
                "<li><a href=\"\($1).html\">第\($0 + 1)号关于快递市场监管工作的通知</a><span>2026-11-20</span></li>"
            }
            return .text("<html><head><meta charset=\"utf-8\"></head><body><ul>\(rows.joined())</ul></body></html>")
        case "deep.html": return .text(deepNesting(depth: 100_000))
        case "entities.html": return .text(entityBombs())
        case "mixed.html":
            return .response(status: 200, headers: [("Content-Type", "text/html")], body: mixedEncodings())
        case let name where name.hasPrefix("title"):
            let index = Int(name.dropFirst(5).prefix { $0.isNumber }) ?? 0
            guard pathTitles.indices.contains(index) else { break }
            return .text(article(title: pathTitles[index], seed: 10 + UInt64(index)))
        default: break
        }
        return .text("not found", status: 404, contentType: "text/plain")
    }
}
