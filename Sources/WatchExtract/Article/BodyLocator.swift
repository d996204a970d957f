import LibXML
import WatchCore

/// Chooses the body: the source's `body` selector when it matches, else the generic extractor.
/// Selectors need the libxml2 tree the page's snapshot was taken from; without one, the
/// generic extractor decides. A configured selector that matches nothing is not passed over
/// in silence: the article still gets a body, and a warning says which selector missed.
struct BodyLocator {
    let document: HTMLDocument?

    func body(of page: PageText, selectors: SourceSelectors) -> (MainContentExtractor.Result, warning: String?) {
        let extractor = MainContentExtractor()
        guard let selector = selectors.body else { return (extractor.extract(from: page), nil) }
        if let regions = regions(matching: selector, in: page), !regions.isEmpty {
            return (
                MainContentExtractor.Result(lineIndices: extractor.lines(of: page, in: regions), regions: regions), nil
            )
        }
        return (extractor.extract(from: page), Self.missWarning(selector))
    }

    /// The warning an article gets when its source's `body` selector found nothing on it.
    static func missWarning(_ selector: String) -> String {
        "selectors.body '\(selector)' matched nothing on the page; the body was found without it"
    }

    /// The snapshot indices of the elements `selector` selects.
    func regions(matching selector: String, in page: PageText) -> [Int]? {
        // A selector that does not compile or match leaves the page to the generic extractor.
        guard let document, let xpath = try? CSSSelector.xpath(for: selector),
            let matched = try? document.select(xpath)
        else {
            return nil
        }
        let identities = Dictionary(
            page.snapshot.nodes.indices.map { (page.snapshot.nodes[$0].identity, $0) },
            uniquingKeysWith: { first, _ in first })
        return matched.compactMap { identities[$0.identity] }
    }
}
