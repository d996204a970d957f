import LibXML
import WatchCore

/// Chooses the body: the source's `body` selector when it matches, else the generic extractor.
/// Selectors need the libxml2 tree the page's snapshot was taken from; without one, the
/// generic extractor decides.
struct BodyLocator {
    let document: HTMLDocument?

    func body(of page: PageText, selectors: SourceSelectors) -> MainContentExtractor.Result {
        let extractor = MainContentExtractor()
        if let selector = selectors.body, let regions = regions(matching: selector, in: page), !regions.isEmpty {
            return MainContentExtractor.Result(lineIndices: extractor.lines(of: page, in: regions), regions: regions)
        }
        return extractor.extract(from: page)
    }

    /// The snapshot indices of the elements `selector` selects.
    func regions(matching selector: String, in page: PageText) -> [Int]? {
        // A selector that does not compile or match leaves the page to the generic extractor.
        guard let document, let xpath = try? CSSSelector.xpath(for: selector),
              let matched = try? document.select(xpath) else {
            return nil
        }
        let identities = Dictionary(page.snapshot.nodes.indices.map { (page.snapshot.nodes[$0].identity, $0) },
                                    uniquingKeysWith: { first, _ in first })
        return matched.compactMap { identities[$0.identity] }
    }
}
