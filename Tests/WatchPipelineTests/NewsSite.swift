import Foundation
import Synchronization
import WatchTesting

/// A bureau news list on 127.0.0.1 whose behaviour a test switches: it lists `count` articles
/// (newest first), or answers its list with a 404, or never answers at all. Its pages are a
/// `PageSite`'s (ETags and 304s included), rewritten on each change.
final class NewsSite: Sendable {
    enum Mode: Sendable {
        case serving
        case failing
        case hanging
    }

    static let listPath = "/news/list.html"
    private let state: Mutex<(count: Int, mode: Mode)>
    private let site: PageSite
    let server: LoopbackHTTPServer

    init(count: Int, mode: Mode = .serving) throws {
        let site = PageSite()
        self.site = site
        state = Mutex((count: count, mode: mode))
        server = try LoopbackHTTPServer { site.reply($0) }
        render()
    }

    deinit { server.stop() }

    var listURL: String { server.baseURL + Self.listPath }

    /// List-page requests answered or attempted so far.
    var listRequests: Int { server.requests.count { $0.path == Self.listPath } }

    func publish(_ more: Int = 1) {
        state.withLock { $0.count += more }
        render()
    }

    func set(_ mode: Mode) {
        state.withLock { $0.mode = mode }
        render()
    }

    /// The articles first, so the list never links to a page not yet there.
    private func render() {
        let (count, mode) = state.withLock { $0 }
        for number in 0..<count { site.set("/news/a\(number).html", Self.articlePage(number)) }
        switch mode {
        case .serving: site.set(Self.listPath, Self.listPage(count: count))
        case .failing: site.set(Self.listPath, reply: .text("gone", status: 404, contentType: "text/plain"))
        case .hanging: site.set(Self.listPath, reply: .script([.hang]))
        }
    }

    static func title(of number: Int) -> String { "广东省邮政管理局通报第\(number)批快递服务质量抽查结果" }

    private static func listPage(count: Int) -> String {
        let rows = (0..<count).reversed().map { number in
            "<li><a href=\"/news/a\(number).html\">\(title(of: number))</a><span>2026-03-\(10 + number % 18)</span></li>"
        }
        return """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>工作动态_广东省邮政管理局</title></head>
            <body><div class="list-right"><ul class="list">
            \(rows.joined(separator: "\n"))
            </ul></div></body></html>
            """
    }

    private static func articlePage(_ number: Int) -> String {
        let paragraphs =
            ["本次抽查为第\(number)批，共检查快递网点\(number * 7 + 3)个，发现问题\(number % 9 + 1)项。"]
            + SyntheticPages.paragraphs(seed: UInt64(number) &* 7919, characters: 400)
        return """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>\(title(of: number))_广东省邮政管理局</title>
            <meta name="ArticleTitle" content="\(title(of: number))">
            <meta name="PubDate" content="2026-03-\(10 + number % 18) 09:30">
            <meta name="ContentSource" content="广东省邮政管理局"></head>
            <body><div class="detail"><h1>\(title(of: number))</h1><div class="detail-news">
            \(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))
            </div></div></body></html>
            """
    }
}
