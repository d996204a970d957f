import Foundation

/// A bureau and a mirror written into a folder for `StaticSite`: the bureau's list page and
/// article pages, and the mirror's list page of reposts, each page in one simple template.
struct MirrorSite {
    let root: URL

    /// One article page: title, a dateline, paragraphs.
    static func articlePage(title: String, info: String, paragraphs: [String]) -> String {
        """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>\(title)</title></head><body>
        <div class="article"><h1>\(title)</h1><div class="info">\(info)</div>
        <div class="content">\(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))</div></div>
        </body></html>
        """
    }

    /// A list page linking `pages` (path, title), each dated `day`.
    static func listPage(_ pages: [(path: String, title: String)], day: String) -> String {
        let rows = pages.map { "<li><a href=\"\($0.path)\">\($0.title)</a><span>\(day)</span></li>" }
        return """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>列表</title></head><body>
            <ul class="list">\(rows.joined(separator: "\n"))</ul>
            </body></html>
            """
    }

    /// Two other bureau articles: a list page needs three rows to be read as one.
    static let otherBureauArticles: [(path: String, title: String, paragraph: String)] = [
        (
            "/bureau/a2.html", "广东省邮政管理局部署四季度安全生产工作",
            "10月20日，广东省邮政管理局召开会议，部署四季度全省邮政快递业安全生产工作，要求各地压实企业主体责任。"
        ),
        (
            "/bureau/a3.html", "江西省邮政管理局开展快递末端网点检查",
            "近日，江西省邮政管理局组织开展快递末端网点专项检查，重点检查收寄验视和实名收寄制度落实情况。"
        ),
    ]

    /// The bureau's list page with `article` (written at `/bureau/a1.html`) and the two others.
    func writeBureau(title: String, info: String, paragraphs: [String]) throws {
        try write(Self.articlePage(title: title, info: info, paragraphs: paragraphs), at: "/bureau/a1.html")
        for other in Self.otherBureauArticles {
            try write(
                Self.articlePage(title: other.title, info: "发布时间：2024-07-17", paragraphs: [other.paragraph]),
                at: other.path)
        }
        let rows = [("/bureau/a1.html", title)] + Self.otherBureauArticles.map { ($0.path, $0.title) }
        try write(Self.listPage(rows, day: "2024-07-18"), at: "/bureau/list.html")
    }

    /// Writes `html` at `path` under the root.
    func write(_ html: String, at path: String) throws {
        let file = root.appendingPathComponent(String(path.drop { $0 == "/" }))
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try html.write(to: file, atomically: true, encoding: .utf8)
    }

    /// sources.yaml with one bureau source and one mirror source on `base`.
    static func config(base: String, in folder: URL, store: String? = nil) throws -> URL {
        try TestConfig(
            sources: [
                TestConfig.Source(id: "sx-news", name: "山西省邮政管理局 · 工作动态", url: "\(base)/bureau/list.html"),
                TestConfig.Source(
                    id: "mirror-news", name: "镜像站 · 行业动态", kind: "mirror", url: "\(base)/mirror/list.html"),
            ], store: store
        ).write(in: folder)
    }
}
