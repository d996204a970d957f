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
        for number in 0..<count { site.set(SyntheticPages.noticePath(number), Self.articlePage(number)) }
        switch mode {
        case .serving: site.set(Self.listPath, Self.listPage(count: count))
        case .failing: site.set(Self.listPath, reply: .text("gone", status: 404, contentType: "text/plain"))
        case .hanging: site.set(Self.listPath, reply: .script([.hang]))
        }
    }

    /// Notice `number`'s day: March 2026, before the test machine's "now".
    private static func day(of number: Int) -> String { "2026-03-\(10 + number % 18)" }

    private static func listPage(count: Int) -> String { SyntheticPages.noticeList(count: count, day: day(of:)) }

    private static func articlePage(_ number: Int) -> String {
        SyntheticPages.noticePage(number, day: day(of: number))
    }
}
