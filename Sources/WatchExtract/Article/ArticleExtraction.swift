import WatchCore

/// An extracted article together with the day exactly as the page wrote it (the corpus
/// scorer and the watch-folder name want the written day, not a converted instant).
public struct ArticleExtraction: Sendable {
    public var article: ExtractedArticle
    public var day: DayStamp?
    /// What went wrong without stopping the extraction (a `body` selector that matched nothing).
    public var warnings: [String]

    public init(article: ExtractedArticle, day: DayStamp?, warnings: [String] = []) {
        self.article = article
        self.day = day
        self.warnings = warnings
    }
}
