/// How a page was tied to an article: kept with each sighting, so `articles show` can say why
/// a mirror's copy counts as the bureau's article.
public enum MatchEvidence: Sendable, Hashable, Codable {
    /// The page the article was first recorded from.
    case first
    /// The same normalized text (equal SHA-256).
    case exact
    /// Nearly the same text: `distance` SimHash bits apart, numbers equal.
    case near(distance: Int)
    /// One text contains the other: `share` (0…1) of the smaller text's shingles are in the larger.
    case contained(share: Double)
    /// The page names the article's page (a mirror's `原文链接`), or is the canonical page a mirror named.
    case link

    /// A short human form: `exact`, `near, 3 bits`, `contained, 97 %`.
    public var summary: String {
        switch self {
        case .first: "first seen here"
        case .exact: "exact"
        case .near(let distance): "near, \(distance) bit\(distance == 1 ? "" : "s") apart"
        case .contained(let share): "contained, \(Int((share * 100).rounded())) % shared"
        case .link: "linked"
        }
    }

    /// The store's columns: a kind and an optional measure (distance or share).
    public var stored: (kind: String, measure: Double?) {
        switch self {
        case .first: ("first", nil)
        case .exact: ("exact", nil)
        case .near(let distance): ("near", Double(distance))
        case .contained(let share): ("contained", share)
        case .link: ("link", nil)
        }
    }

    /// The evidence read back from the store's columns; nil for an unknown kind (or none: a
    /// sighting stored before evidence was kept).
    public init?(kind: String?, measure: Double?) {
        switch kind {
        case "first": self = .first
        case "exact": self = .exact
        case "near": self = .near(distance: Int(measure ?? 0))
        case "contained": self = .contained(share: measure ?? 0)
        case "link": self = .link
        default: return nil
        }
    }
}
