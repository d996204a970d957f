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
    static func path(of number: Int) -> String { SyntheticPages.noticePath(number) }

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

    static func title(of number: Int) -> String { SyntheticPages.noticeTitle(number) }

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
        SyntheticPages.noticeList(
            count: count, day: day(of:), footer: "<div class=\"footer\">粤ICP备05084302号</div>")
    }

    static func articlePage(_ number: Int) -> String { SyntheticPages.noticePage(number, day: day(of: number)) }
}
