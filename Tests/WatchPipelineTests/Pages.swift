import Foundation
import WatchTesting

/// Pages shaped like the bureaus' templates (SITES.md), with bodies distinct enough that the
/// near-duplicate index keeps every article apart.
enum Pages {
    /// A list page in the old template: `ul > li` rows of a link and a date; `extra` goes after
    /// the list (a pager, a "more" link).
    static func list(_ rows: [(path: String, title: String)], extra: String = "") -> String {
        let items = rows.enumerated().map { index, row in
            "<li><a href=\"\(row.path)\" target=\"_blank\">\(row.title)</a><span>2026-09-\(String(format: "%02d", 20 - index))</span></li>"
        }.joined(separator: "\n")
        return """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>行业动态</title></head><body>
            <div class="nav"><a href="/">首页</a></div>
            <div class="main"><ul class="list">
            \(items)
            </ul>\(extra)</div></body></html>
            """
    }

    /// An article page in the bureau's template, its body seeded by `seed`.
    static func article(_ title: String, seed: UInt64) -> String {
        let paragraphs = body(seed: seed).map { "<p>\($0)</p>" }.joined()
        return """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>\(title)</title>
            <meta name="ArticleTitle" content="\(title)"><meta name="PubDate" content="2026-09-04"></head><body>
            <div class="content"><h2>\(title)</h2><div class="info"><p class="fl">日期：2026-09-04</p></div>
            <div class="detail-news">\(paragraphs)</div></div></body></html>
            """
    }

    /// Four paragraphs of pseudo-random Han characters: a text no other seed's resembles.
    static func body(seed: UInt64) -> [String] {
        var random = SplitMix64(state: seed &* 7919 &+ 17)
        return (0..<4).map { _ in
            (0..<6).map { _ in
                String((0..<18).map { _ in Character(Unicode.Scalar(0x4E00 + UInt32(random.next() % 3000))!) }) + "，"
            }.joined() + "邮政管理部门。"
        }
    }
}
