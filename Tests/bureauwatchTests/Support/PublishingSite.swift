import Dispatch
import Synchronization
import WatchTesting

/// A bureau news site that keeps publishing: every request for its list page first publishes
/// `perListRequest` new articles (until `frozen` or `maximum`), then lists all of them, newest
/// first. Each article page is served as the daemon would find it on a bureau site (meta tags,
/// a dated title, a body of its own). Every article page served is counted and announced on
/// `served`, so a test can act right after one (a SIGKILL while the page is stored and written).
final class PublishingSite: Sendable {
    struct State {
        var published: Int
        var frozen = false
        var articlesServed = 0
    }

    static let listPath = "/news/list.html"
    let perListRequest: Int
    let maximum: Int
    /// Signalled once per article page served.
    let served = DispatchSemaphore(value: 0)
    private let state: Mutex<State>

    init(initial: Int, perListRequest: Int, maximum: Int) {
        self.perListRequest = perListRequest
        self.maximum = maximum
        state = Mutex(State(published: initial))
    }

    /// Article pages served so far.
    var articlesServed: Int { state.withLock { $0.articlesServed } }

    /// Stops publishing; returns how many articles were published.
    func freeze() -> Int {
        state.withLock {
            $0.frozen = true
            return $0.published
        }
    }

    /// Publishes `count` more articles at once, whatever `maximum` says, and stops publishing
    /// on list requests (as `freeze`).
    func publish(_ count: Int = 1) {
        state.withLock {
            $0.frozen = true
            $0.published += count
        }
    }

    /// The path of article `number`.
    static func path(of number: Int) -> String { "/news/a\(number).html" }

    func reply(_ request: RecordedRequest) -> ServerReply {
        if request.path == Self.listPath {
            let count = state.withLock { state in
                if !state.frozen { state.published = min(state.published + perListRequest, maximum) }
                return state.published
            }
            return .text(Self.listPage(count: count))
        }
        guard request.path.hasPrefix("/news/a"), request.path.hasSuffix(".html"),
            let number = Int(request.path.dropFirst(7).dropLast(5)),
            number < state.withLock({ $0.published })
        else {
            return .text("not found", status: 404, contentType: "text/plain")
        }
        state.withLock { $0.articlesServed += 1 }
        defer { served.signal() }
        return .text(Self.articlePage(number))
    }

    static func title(of number: Int) -> String { "广东省邮政管理局通报第\(number)批快递服务质量抽查结果" }

    /// Each article has its own day in 2026, before the test machine's "now".
    static func day(of number: Int) -> String {
        let months = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31]
        var day = number % 300
        var month = 0
        while day >= months[month] {
            day -= months[month]
            month += 1
        }
        return "2026-" + pad(month + 1) + "-" + pad(day + 1)
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    static func listPage(count: Int) -> String {
        let rows = (0..<count).reversed().map { number in
            "<li><a href=\"\(path(of: number))\">\(title(of: number))</a><span>\(day(of: number))</span></li>"
        }
        return """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>工作动态_广东省邮政管理局</title></head>
            <body><div class="list-right"><ul class="list">
            \(rows.joined(separator: "\n"))
            </ul></div><div class="footer">粤ICP备05084302号</div></body></html>
            """
    }

    static func articlePage(_ number: Int) -> String {
        let paragraphs =
            ["本次抽查为第\(number)批，共检查快递网点\(number * 7 + 3)个，发现问题\(number % 9 + 1)项。"]
            + SyntheticPages.paragraphs(seed: UInt64(number) &* 7919, characters: 400)
        return """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>\(title(of: number))_广东省邮政管理局</title>
            <meta name="ArticleTitle" content="\(title(of: number))">
            <meta name="PubDate" content="\(day(of: number)) 09:30">
            <meta name="ContentSource" content="广东省邮政管理局"></head>
            <body><div class="detail"><h1>\(title(of: number))</h1><div class="detail-news">
            \(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))
            </div></div></body></html>
            """
    }
}
