/// The tag sets, class/id patterns and thresholds of the main-content extractor, each
/// explained once. Tuned on the extraction corpus (`../shared/extraction-corpus`).
enum ExtractionRules {
    /// Subtrees never read for text: code, styling, form controls, embedded frames. (`head` is
    /// not among them: on broken pages libxml2 puts the whole body inside it.)
    static let invisibleTags: Set<String> = [
        "script", "style", "noscript", "template", "select", "option", "textarea",
        "iframe", "svg", "canvas", "object", "embed", "title", "input", "map", "video", "audio",
    ]

    /// Page chrome by HTML5 semantics: never the article body.
    /// (`button` is here rather than invisible: libxml2 nests a whole page inside an unclosed one.
    /// `figcaption`: a photo's caption and credit are not the article's text.)
    static let chromeTags: Set<String> = ["nav", "footer", "aside", "menu", "dialog", "button", "figcaption"]

    /// Tags that start a new line of text (a paragraph break).
    static let blockTags: Set<String> = [
        "p", "div", "td", "th", "tr", "li", "ul", "ol", "table", "tbody", "thead", "tfoot",
        "h1", "h2", "h3", "h4", "h5", "h6", "br", "pre", "blockquote", "section", "article",
        "main", "header", "dd", "dt", "dl", "center", "form", "body", "figure", "figcaption",
        "hr", "address", "caption", "fieldset", "legend", "details", "summary",
    ]

    static let headingTags: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// Fragments of `class`/`id` values that always mark chrome: comment forms, share bars,
    /// related lists, breadcrumbs, overlays, ads, disclaimers, author bios. (English words plus
    /// the pinyin Chinese sites use.)
    static let chromeMarkers: [String] = [
        "comment", "share", "social", "related", "breadcrumb", "crumb", "cookie", "popup", "modal",
        "newsletter", "subscribe", "disqus", "outbrain", "taboola", "advert", "sponsor", "recommend",
        "pinglun", "fenxiang", "xgxw", "xgwz", "bdshare", "jiathis", "skip-link", "sr-only",
        "screen-reader", "visually-hidden", "disclaimer",
    ]

    /// Words that mark chrome only as a whole part of a class or id, between spaces, `-` and
    /// `_`: the `bio` of `author-bio` or `bio-component`, not of `biology`.
    static let chromeMarkerWords: [String] = ["bio"]

    /// Fragments that mark chrome only when the element holds little prose: page builders put
    /// words like `widget` or `sidebar` on the wrappers of the article itself.
    static let weakChromeMarkers: [String] = [
        "footer", "foot", "sidebar", "navbar", "nav-", "-nav", "menu", "banner", "promo", "pagination",
        "pager", "toolbar", "signup", "widget", "copyright", "login",
    ]
    /// A weakly marked element with at least this many punctuation marks is kept: it is prose.
    static let weakChromeProsePunctuation = 15

    /// An element marked as chrome by its class that holds more than this share of the page's
    /// punctuation is the article's wrapper (`<div class="share">` around a whole story).
    static let articleProseShare = 0.5

    /// Fragments that rescue an element despite a chrome marker: it names the content itself.
    static let contentMarkers: [String] = ["article", "content", "main", "body", "post-text", "story"]

    /// A line without punctuation shorter than twice this (in UTF-8 bytes, so a CJK character
    /// weighs 3) is a scrap: a label, a button, a dateline.
    static let minScoringBytes = 25
    /// A line whose link text exceeds this share of its text is navigation.
    static let maxScoringLinkDensity = 0.5
    /// How much a byte of navigation (a link-heavy line) weighs against a byte of prose.
    static let linkLinePenalty = 0.5
    /// How much a byte of a short unpunctuated line (buttons, labels, datelines) weighs against prose.
    static let scrapLinePenalty = 0.25
    /// In the chosen region, a line made mostly of link text is navigation, not prose.
    static let maxBodyLineLinkDensity = 0.5
}
