import WatchTesting

/// A bureau news site that keeps publishing: every request for its list page first publishes
/// `perListRequest` new articles (until `freeze` or `maximum`), then lists all of them, newest
/// first. Each article page is served as the daemon would find it on a bureau site (meta tags,
/// a dated title, a body of its own). Every article page served is counted and announced on
/// `served`.
final class PublishingSite: Sendable {
    static let listPath = "/news/list.html"
    let served = ServedPages()
    private let lists: PublishedLists

    init(initial: Int, perListRequest: Int, maximum: Int) {
        lists = PublishedLists(lists: 1, initial: initial, step: perListRequest, maximum: maximum)
    }

    /// Stops publishing; returns how many articles were published.
    func freeze() -> Int { lists.freeze()[0] }

    /// Publishes `count` more articles at once, whatever `maximum` says, and stops publishing
    /// on list requests (as `freeze`).
    func publish(_ count: Int = 1) { lists.publish(count, on: 0) }

    /// The path of article `number`.
    static func path(of number: Int) -> String { SyntheticPages.noticePath(number) }

    func reply(_ request: RecordedRequest) -> ServerReply {
        if request.path == Self.listPath {
            return .text(Self.listPage(count: lists.listRequested(0)))
        }
        guard request.path.hasPrefix("/news/a"), request.path.hasSuffix(".html"),
            let number = Int(request.path.dropFirst(7).dropLast(5)),
            number < lists.published(0)
        else {
            return .text("not found", status: 404, contentType: "text/plain")
        }
        defer { served.record(request) }
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
