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

    /// Writes `html` at `path` under the root.
    func write(_ html: String, at path: String) throws {
        let file = root.appendingPathComponent(String(path.drop { $0 == "/" }))
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try html.write(to: file, atomically: true, encoding: .utf8)
    }

    /// sources.yaml with one bureau source and one mirror source on `base`.
    static func config(base: String, in folder: URL) throws -> URL {
        let text = """
            state_dir: state
            watch_dir: watch
            metrics: off
            defaults:
              interval: 10m
              per_host: { concurrency: 2, delay: 0s }
            sources:
              - id: sx-news
                name: 山西省邮政管理局 · 工作动态
                kind: bureau
                url: \(base)/bureau/list.html
              - id: mirror-news
                name: 镜像站 · 行业动态
                kind: mirror
                url: \(base)/mirror/list.html
            """
        let file = folder.appendingPathComponent("sources.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }
}
