import WatchCore
import WatchExtract

/// Reads an HTML list page: a script or meta-refresh stub, else the article links that the
/// source's selectors or the generic row finder yield, and the pager's next page.
public struct HTMLListReader: ListReader {
    let decoder = PageDecoder()
    let lists = ListPageExtractor()

    public init() {}

    public func read(_ response: HTTPResponse, page: Int, source: SourceConfig) throws -> ListReading {
        if page == 1 && response.body.isEmpty { return .refused(ListPageExtractor.emptyPageReason) }
        if let target = ScriptStub.target(of: response.body, pageURL: response.finalURL) {
            return .stub(target: target)
        }
        let document = try decoder.document(
            from: response.body, contentType: response.header("Content-Type"),
            override: source.encoding, url: response.finalURL)
        let list = try lists.links(in: document, pageURL: response.finalURL, selectors: source.selectors)
        // Later pages may be short or empty (the list's end); only the first must be a list.
        if page == 1, let reason = lists.refusal(of: document, page: list) { return .refused(reason) }
        return .rows(list.items.map { ListRow(item: $0) }, nextPageURL: list.nextPageURL, total: nil)
    }
}
