/// How a source's list pages are served: HTML pages with article links (the default), or a
/// JSON API whose rows `JSONListMapping` describes.
public enum ListFormat: String, Sendable, Hashable, Codable, CaseIterable {
    case html
    case json
}
