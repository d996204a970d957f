/// Classes a CMS puts on list rows that differ from row to row, so rows of one list would not
/// share a signature if they counted: ids (`post-1234`, `item-7`), WordPress's per-post
/// taxonomy and state classes (`category-news`, `tag-express`, `format-standard`,
/// `has-post-thumbnail`), and alternation or position marks (`odd`, `even`, `first`, `last`).
enum RowClass {
    /// Prefixes of WordPress's per-post classes (`post_class()`).
    static let perPostPrefixes = [
        "category-", "tag-", "format-", "status-", "type-", "has-", "post_format-", "post_tag-",
    ]
    /// Alternation and position marks.
    static let positionMarks: Set<String> = [
        "odd", "even", "alt", "first", "last", "active", "current", "on", "sticky", "new", "hot", "top",
    ]

    /// Whether `name` is one of those per-row classes: any class with a digit, a WordPress
    /// per-post class, or a position mark.
    static func isPerRow(_ name: String) -> Bool {
        let lower = name.lowercased()
        if lower.contains(where: \.isNumber) { return true }
        if positionMarks.contains(lower) { return true }
        return perPostPrefixes.contains { lower.hasPrefix($0) }
    }
}
