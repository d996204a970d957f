/// The thresholds of the main-content extractor, each explained once (its tag sets and
/// class markers are in `ExtractionMarkers`). Tuned on the extraction corpus (`../shared/extraction-corpus`).
enum ExtractionRules {
    /// A weakly marked element with at least this many punctuation marks is kept: it is prose.
    static let weakChromeProsePunctuation = 15

    /// An element marked as chrome by its class that holds more than this share of the page's
    /// punctuation is the article's wrapper (`<div class="share">` around a whole story).
    static let articleProseShare = 0.5

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
