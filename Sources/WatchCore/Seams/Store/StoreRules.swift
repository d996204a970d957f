/// The rules every `Store` applies, in one place so the SQLite store and its in-memory twin agree.
public enum StoreRules {
    /// 404/410 answers in a row that remove an article: one can be a glitch of a busy site.
    public static let goneAnswersForRemoval = 2

    /// Polls in a row that must see one new text before it becomes a version: a per-request
    /// token or a glitch is never seen twice, a real correction is.
    public static let pollsToConfirmChange = 2

    /// Versions one article may gain within `versionCapWindow`; a page that changes on every
    /// poll past this is no news (the caller warns once the cap is hit).
    public static let maxVersionsPerDay = 5

    /// The window `maxVersionsPerDay` counts over, in seconds.
    public static let versionCapWindow: Double = 24 * 3600

    /// The status a 200 error page ("页面不存在") is counted as.
    public static let softNotFoundStatus = 404

    /// HTTP statuses that mean "this page is gone".
    public static func isGone(status: Int) -> Bool { status == 404 || status == 410 }

    /// Which article a page belongs to.
    public enum Resolution: Sendable, Hashable {
        /// The URL already carries this article: the page is the same, or a new version of it.
        case knownURL(ArticleID)
        /// A known article seen at a new URL (a mirror, or its bureau page).
        case sighting(ArticleID)
        /// A new article.
        case new
    }

    /// What a store looks up about a page before deciding where it belongs.
    public struct Facts: Sendable {
        /// Articles already seen at the page's URL, with the content hash last seen there
        /// (a digest page carries several).
        public var articlesAtURL: [(id: ArticleID, sha256: String)]
        /// The page is a digest (several items at one URL).
        public var pageIsDigest: Bool
        /// The article whose canonical URL is the page's URL (a mirror named it before it was fetched).
        public var articleWithCanonicalURL: ArticleID?
        /// The article already fetched at the mirror's `originalURL` (a sighting there; a URL only
        /// named by another mirror does not count, or a mirror naming its home page as every
        /// copy's original would merge unrelated articles).
        public var articleAtOriginalURL: ArticleID?
        /// An article whose current or earlier text has exactly this hash.
        public var articleWithSameHash: ArticleID?

        public init(
            articlesAtURL: [(id: ArticleID, sha256: String)], pageIsDigest: Bool = false,
            articleWithCanonicalURL: ArticleID?,
            articleAtOriginalURL: ArticleID?, articleWithSameHash: ArticleID?
        ) {
            self.articlesAtURL = articlesAtURL
            self.pageIsDigest = pageIsDigest
            self.articleWithCanonicalURL = articleWithCanonicalURL
            self.articleAtOriginalURL = articleAtOriginalURL
            self.articleWithSameHash = articleWithSameHash
        }
    }

    /// Decides where a page belongs. The URL wins over content (a changed text at a known URL is a
    /// new version), then the explicit links (a canonical URL named by a mirror, a mirror's
    /// `原文链接`), then the deduplicator's decision, then an exact hash; otherwise it is new.
    public static func resolve(_ facts: Facts, sha256: String, match: ArticleMatch) -> Resolution {
        if let same = facts.articlesAtURL.first(where: { $0.sha256 == sha256 }) {
            return .knownURL(same.id)
        }
        if case .sameAs(let id, _) = match, facts.articlesAtURL.contains(where: { $0.id == id }) {
            return .knownURL(id)
        }
        if facts.articlesAtURL.count == 1 && !facts.pageIsDigest {
            return .knownURL(facts.articlesAtURL[0].id)
        }
        if let linked = facts.articleWithCanonicalURL ?? facts.articleAtOriginalURL {
            return .sighting(linked)
        }
        if case .sameAs(let id, _) = match {
            return .sighting(id)
        }
        return facts.articleWithSameHash.map(Resolution.sighting) ?? .new
    }

    /// How a page that `resolve` made a sighting was tied to its article, in `resolve`'s order:
    /// an explicit link, then the deduplicator's evidence, then the equal hash.
    public static func evidence(_ facts: Facts, match: ArticleMatch) -> MatchEvidence {
        if (facts.articleWithCanonicalURL ?? facts.articleAtOriginalURL) != nil { return .link }
        if case .sameAs(_, let how) = match { return how }
        return .exact
    }

    /// Whether a sighting makes `url` the article's canonical URL: a bureau page replaces anything
    /// that is not already a bureau page of the article; a mirror only fills an empty canonical URL
    /// with the original it names.
    public static func canonicalURL(
        current: String?, currentIsBureauPage: Bool, sightingURL: String,
        kind: SourceRole, originalURL: String?
    ) -> String? {
        switch kind {
        case .bureau: currentIsBureauPage ? current : sightingURL
        case .mirror: current ?? originalURL
        }
    }
}
