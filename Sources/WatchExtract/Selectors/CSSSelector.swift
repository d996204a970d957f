/// Compiles the CSS selector subset sources.yaml accepts into XPath 1.0.
///
/// Supported: `tag`, `*`, `.class`, `#id`, `[attr]`, `[attr=value]` (value quoted or bare),
/// the descendant combinator (space), the child combinator `>`, and grouping with `,`.
/// A selector that starts with `/`, `(` or `./` is XPath already and passes through unchanged.
public enum CSSSelector {
    /// Where the compiled expression starts looking.
    public enum Scope: Sendable {
        /// Anywhere in the document (`//…`).
        case document
        /// Below the context node (`.//…`), for a row's `link`, `title` and `date`.
        case node
    }

    /// The XPath equivalent of `selector`, searching the whole document.
    /// - Throws: `CSSSelectorError` naming the position of the first problem.
    public static func xpath(for selector: String) throws -> String {
        try xpath(for: selector, scope: .document)
    }

    /// The XPath equivalent of `selector`, searching from `scope`.
    public static func xpath(for selector: String, scope: Scope) throws -> String {
        let trimmed = selector.trimmingCharacters(in: .whitespacesAndNewlines)
        if isXPath(trimmed) { return trimmed }
        var parser = CSSSelectorParser(selector)
        let groups = try parser.parseGroups()
        let prefix = scope == .document ? "//" : ".//"
        return groups.map { steps in
            steps.enumerated().map { index, step in
                (index == 0 ? prefix : (step.isChild ? "/" : "//")) + step.xpath
            }.joined()
        }.joined(separator: " | ")
    }

    /// XPath is recognised by its first character, which no CSS selector can start with.
    static func isXPath(_ text: String) -> Bool {
        text.hasPrefix("/") || text.hasPrefix("(") || text.hasPrefix("./")
    }
}
