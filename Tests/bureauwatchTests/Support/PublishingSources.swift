import WatchTesting

/// Many bureau news lists on one loopback site that keep publishing: each request for a list
/// page first publishes one more article of that list (until `perSource` or `freeze`), then
/// lists them all, newest first. Every article is a notice of its own (its own numbers, title
/// and text), so no two are near-duplicates. Article pages served are counted per daemon (its
/// User-Agent) and announced on `served`, so a test can kill a daemon right after one.
final class PublishingSources: Sendable {
    let count: Int
    let served = ServedPages()
    private let lists: PublishedLists

    init(count: Int, initial: Int, perSource: Int) {
        self.count = count
        lists = PublishedLists(lists: count, initial: initial, step: 1, maximum: perSource)
    }

    /// Stops publishing; returns every published article's path.
    func freeze() -> [String] {
        lists.freeze().enumerated().flatMap { source, count in
            (0..<count).map { Self.articlePath(source: source, number: $0) }
        }
    }

    static func listPath(source: Int) -> String { "/s\(source)/list.html" }

    static func articlePath(source: Int, number: Int) -> String { "/s\(source)/a\(number).html" }

    /// The source a list path belongs to, nil for any other path.
    static func source(ofList path: String) -> Int? {
        guard path.hasPrefix("/s"), path.hasSuffix("/list.html") else { return nil }
        return Int(path.dropFirst(2).dropLast(10))
    }

    func reply(_ request: RecordedRequest) -> ServerReply {
        if let source = Self.source(ofList: request.path), source < count {
            return .text(Self.listPage(source: source, count: lists.listRequested(source)))
        }
        let parts = request.path.split(separator: "/")
        guard parts.count == 2, let source = Int(parts[0].dropFirst()), source < count,
            parts[1].hasPrefix("a"), parts[1].hasSuffix(".html"), let number = Int(parts[1].dropFirst().dropLast(5)),
            number < lists.published(source)
        else {
            return .text("not found", status: 404, contentType: "text/plain")
        }
        defer { served.record(request) }
        return .text(Self.articlePage(source: source, number: number))
    }

    /// A number of its own for each article of each source: its batch in titles and text.
    static func batch(source: Int, number: Int) -> Int { source * 100 + number }

    static func title(source: Int, number: Int) -> String {
        "广东省邮政管理局通报第\(batch(source: source, number: number))批快递服务质量抽查结果"
    }

    static func listPage(source: Int, count: Int) -> String {
        let rows = (0..<count).reversed().map { number in
            let day = PublishingSite.day(of: batch(source: source, number: number))
            return
                "<li><a href=\"\(articlePath(source: source, number: number))\">\(title(source: source, number: number))</a>"
                + "<span>\(day)</span></li>"
        }
        return """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>工作动态_广东省邮政管理局</title></head>
            <body><div class="list-right"><ul class="list">
            \(rows.joined(separator: "\n"))
            </ul></div><div class="footer">粤ICP备05084302号</div></body></html>
            """
    }

    static func articlePage(source: Int, number: Int) -> String {
        let batch = batch(source: source, number: number)
        let title = title(source: source, number: number)
        let paragraphs =
            ["本次抽查为第\(batch)批，共检查快递网点\(batch * 7 + 3)个，发现问题\(batch % 9 + 1)项。"]
            + SyntheticPages.paragraphs(seed: UInt64(batch) &* 7919 &+ 17, characters: 400)
        return SyntheticPages.detailPage(title: title, day: PublishingSite.day(of: batch), paragraphs: paragraphs)
    }
}
