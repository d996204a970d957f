import Foundation
import Synchronization
import WatchTesting

/// A bureau site with one notice whose page the test turns into what real sites serve over a
/// notice's life: the page, the page with a per-request token, a corrected page, a 200 error
/// page ("页面不存在或已被删除") and a 404.
final class RevisedSite: Sendable {
    enum Page: Sendable {
        case original, token, corrected, softNotFound, notFound
        /// Republished at `movedPath` (the list links there; the old URL answers 404).
        case moved
    }

    static let listPath = "/news/list.html"
    static let articlePath = "/news/2026/notice.html"
    static let movedPath = "/news/2026/notice-republished.html"
    static let title = "广东省邮政管理局关于开展寄递渠道安全专项检查的通知"
    /// The list's other notices, which never change (a list of one link is no list page).
    static let others = (1...3).map { "/news/2026/other-\($0).html" }
    private let page = Mutex(Page.original)
    private let served = Mutex(0)

    /// What the article URL answers from now on.
    func serve(_ next: Page) {
        page.withLock { $0 = next }
    }

    func reply(_ request: RecordedRequest) -> ServerReply {
        let current = page.withLock { $0 }
        if request.path == Self.listPath {
            return .text(Self.listPage(linking: current == .moved ? Self.movedPath : Self.articlePath))
        }
        if request.path == Self.movedPath && current == .moved {
            return .text(Self.notice([]))
        }
        if let other = Self.others.firstIndex(of: request.path) {
            return .text(
                Self.article(
                    title: "广东省邮政管理局工作动态第\(other + 1)期", day: "2026-03-0\(other + 1)",
                    seed: UInt64(other + 1), []))
        }
        guard request.path == Self.articlePath else {
            return .text("not found", status: 404, contentType: "text/plain")
        }
        let count = served.withLock {
            $0 += 1
            return $0
        }
        switch current {
        case .original: return .text(Self.notice([]))
        case .token: return .text(Self.notice(["页面校验码：\(UUID().uuidString.prefix(8))-\(count)"]))
        case .corrected: return .text(Self.notice(["（更正：检查范围增加分拨中心和营业网点。）"]))
        case .softNotFound: return .text(Self.softNotFound)
        case .notFound, .moved: return .text("not found", status: 404, contentType: "text/plain")
        }
    }

    static func listPage(linking notice: String) -> String {
        """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>工作动态_广东省邮政管理局</title></head>
        <body><div class="list-right"><ul class="list">
        <li><a href="\(notice)">\(title)</a><span>2026-03-12</span></li>
        \(others.enumerated().map { "<li><a href=\"\($1)\">广东省邮政管理局工作动态第\($0 + 1)期</a><span>2026-03-0\($0 + 1)</span></li>" }
            .joined(separator: "\n"))
        </ul></div><div class="footer">粤ICP备05084302号</div></body></html>
        """
    }

    /// The watched notice's page, with `extra` paragraphs at its end.
    static func notice(_ extra: [String]) -> String {
        article(
            title: title, day: "2026-03-12", seed: 2026,
            ["为切实做好寄递渠道安全管理工作，省局决定在全省范围内开展寄递渠道安全专项检查。"] + extra)
    }

    static func article(title: String, day: String, seed: UInt64, _ extra: [String]) -> String {
        SyntheticPages.detailPage(
            title: title, day: day, paragraphs: SyntheticPages.paragraphs(seed: seed, characters: 500) + extra)
    }

    /// What the bureaus' CMS answers, with status 200, for a deleted notice.
    static let softNotFound = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>提示信息</title></head>
        <body><div class="tips"><p>页面不存在或已被删除！</p><p><a href="/">返回首页</a></p></div></body></html>
        """

    /// A config polling the site as source `sourceID`, delivering to `webhook`.
    static func config(
        for server: LoopbackHTTPServer, in folder: URL, sourceID: String = "gd-news",
        webhook: String, store: String? = nil
    ) throws -> URL {
        // baseline: false because the tests count the first run's announcements.
        try TestConfig(
            sources: [
                TestConfig.Source(
                    id: sourceID, name: "广东省邮政管理局 · 工作动态",
                    url: "\(server.baseURL)\(listPath)")
            ],
            defaults: ["interval: 10m", "per_host: { concurrency: 1, delay: 0s }", "baseline: false"],
            webhook: TestConfig.Webhook(url: webhook), store: store
        )
        .write(in: folder)
    }
}
