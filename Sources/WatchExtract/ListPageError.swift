/// Why a list page could not be read.
public enum ListPageError: Error, Equatable, CustomStringConvertible {
    /// The page URL is not an absolute http(s) URL, so no link can be resolved against it.
    case invalidPageURL(String)
    /// A selector from the source's `selectors:` is malformed.
    case badSelector(field: String, CSSSelectorError)
    /// A selector compiled, but libxml2 rejected the XPath (usually a hand-written XPath).
    case badXPath(field: String, expression: String)

    public var description: String {
        switch self {
        case .invalidPageURL(let url): "list page URL is not an absolute http(s) URL: \(url)"
        case .badSelector(let field, let error): "selectors.\(field): \(error)"
        case .badXPath(let field, let expression): "selectors.\(field): invalid XPath \(expression)"
        }
    }
}
