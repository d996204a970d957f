import LibXML

/// Finds the publication day, most trusted first: a disclosure header's 发布日期, meta tags, JSON-LD, the line near the title
/// (`发布日期:`, `发布时间：`, `日期：`, a byline), a `<time>` element outside chrome, the top of
/// the body, then the address. Footers and related lists are chrome, never read; any day after
/// `today` is refused.
struct DateFinder: Sendable {
    /// Meta tags that state the publication time, in order of trust (never a modification time).
    static let metaDates = [
        MetaTags.pubDate, "article:published_time", "og:article:published_time", "datepublished",
        "publishdate", "publish_date", "publish-date", "pubdate", "firstpublishedtime",
        "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date",
        "dcterms.created", "dc.date.created", "date", "article.published", "release_date",
        "citation_publication_date", "citation_date", "published_on", "publication_date",
    ]
    /// How many lines around the title line are searched for a dateline.
    static let linesBeforeTitle = 2
    static let linesAfterTitle = 8
    /// How many lines at the top of the body may hold the dateline when no title line is found.
    static let bodyHeadLines = 3

    struct Context {
        let meta: MetaTags
        let page: PageText
        let titleLine: Int?
        let body: [Int]
        let url: String
        let today: DayStamp?
        /// The heading that carries the title, when there is one.
        var titleNode: Int?
        /// The 发布日期 of a disclosure header: the page's own word on when it was published,
        /// over the 成文日期 beside it and any meta tag.
        var disclosed: DayStamp?
    }

    func day(in context: Context) -> DayStamp? {
        let sources: [() -> DayStamp?] = [
            { context.disclosed },
            { context.meta.first(Self.metaDates).flatMap(DateScanner.firstDate(in:)) },
            { jsonLDDate(context.meta) },
            { datelineDate(context) },
            { nodeDatelineDate(context, titleNode: context.titleNode) },
            { timeElementDate(context.page) },
            { DateScanner.urlDate(in: context.url) },
            { bodyDate(context) },
        ]
        for source in sources {
            if let found = source(), !isFuture(found, context.today) { return found }
        }
        return nil
    }

    func isFuture(_ day: DayStamp, _ today: DayStamp?) -> Bool {
        guard let today else { return false }
        return day.isAfter(today)
    }

    /// `"datePublished": "2020-03-12T…"` in a JSON-LD block.
    func jsonLDDate(_ meta: MetaTags) -> DayStamp? {
        for block in meta.jsonLD {
            guard let key = block.range(of: "\"datePublished\"") else { continue }
            let rest = block[key.upperBound...].prefix(80)
            if let found = DateScanner.firstDate(in: String(rest)) { return found }
        }
        return nil
    }

    /// A date on the lines around the title, or at the top of the body.
    func datelineDate(_ context: Context) -> DayStamp? {
        let lines = context.page.lines
        var window: [Int] = []
        if let title = context.titleLine {
            window = Array(max(0, title - Self.linesBeforeTitle)...min(lines.count - 1, title + Self.linesAfterTitle))
        }
        if let first = context.body.first {
            window += Array(max(0, first - Self.linesBeforeTitle)..<first) + context.body.prefix(Self.bodyHeadLines)
        }
        let today = context.today
        for index in window where !Self.namesAnUpdate(lines[index].text) {
            if let found = DateScanner.firstDate(in: lines[index].text), !isFuture(found, today) { return found }
        }
        return nil
    }

    /// The last resort: the first date in the opening lines of the body.
    func bodyDate(_ context: Context) -> DayStamp? {
        for index in context.body.prefix(Self.bodyFallbackLines) {
            if let found = DateScanner.firstDate(in: context.page.lines[index].text), !isFuture(found, context.today) {
                return found
            }
        }
        return nil
    }

    /// How many opening body lines the last resort reads.
    static let bodyFallbackLines = 10

    /// The first `<time datetime>` (or `<time>` text) outside chrome.
    func timeElementDate(_ page: PageText) -> DayStamp? {
        let nodes = page.snapshot.nodes
        guard let time = page.snapshot.tagID(of: "time") else { return nil }
        for index in nodes.indices where nodes[index].tagID == time && !page.excluded[index] {
            let stated = nodes[index].attribute("datetime") ?? page.snapshot.text(of: index)
            if let found = DateScanner.firstDate(in: stated) { return found }
        }
        return nil
    }
}
