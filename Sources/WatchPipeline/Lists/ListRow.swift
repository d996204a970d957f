import WatchCore
import WatchExtract

/// One row of a list: the article it links to and, when the list carries the whole article
/// (a JSON API with bodies), that article, so no article page is requested.
public struct ListRow: Sendable, Hashable {
    public var item: ListItem
    public var article: ExtractedArticle?

    public init(item: ListItem, article: ExtractedArticle? = nil) {
        self.item = item
        self.article = article
    }
}
