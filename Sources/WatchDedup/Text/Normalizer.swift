/// Turns extracted text into the forms deduplication compares: traditional characters to
/// simplified (OpenCC), ruby/pinyin annotations dropped, NFKC and full-/half-width folding,
/// whitespace and punctuation ignored for hashing, digits kept; mirror chrome (repost
/// disclaimers, editor's notes, reprint and source lines, share prompts) left out of the
/// comparable text only (`MirrorBoilerplate`).
///
/// Cheap to copy and safe to share across tasks; all instances share one OpenCC handle.
public struct Normalizer: Sendable {
    private let resources: ConversionResources

    /// Loads OpenCC's traditional→simplified tables the first time any normalizer is made in
    /// the process. Throws `DedupError.conversion` when OpenCC or its data is missing.
    public init() throws {
        resources = try ConversionResources.shared.get()
    }

    /// Normalizes a body whose paragraphs are separated by line breaks.
    public func normalize(_ text: String) throws -> NormalizedText {
        try normalize(text, strippingMirrorChrome: true)
    }

    /// `strippingMirrorChrome: false` is the normalization before mirror chrome was known: the
    /// labelled-set measurement compares against it.
    func normalize(_ text: String, strippingMirrorChrome: Bool) throws -> NormalizedText {
        let display = try resources.simplified(DisplayText.tidy(text))
        let hashed = strippingMirrorChrome ? MirrorBoilerplate.stripped(display) : display
        let (comparable, numbers) = try ComparableText.make(from: hashed, resources: resources)
        return NormalizedText(display: display, comparable: comparable, numbers: numbers)
    }

    /// Normalizes a body given as paragraphs (`ExtractedArticle.paragraphs`).
    public func normalize(paragraphs: [String]) throws -> NormalizedText {
        try normalize(paragraphs.joined(separator: "\n"))
    }
}
