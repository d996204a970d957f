/// A libxml2 failure, named by what was being done.
public enum XMLError: Error, Equatable, CustomStringConvertible {
    /// The parser produced no document at all (libxml2 recovers from nearly everything).
    case unparsable(reason: String)
    /// An XPath expression did not compile or evaluate.
    case invalidXPath(String)
    /// libxml2 could not allocate what it needed.
    case outOfMemory

    public var description: String {
        switch self {
        case .unparsable(let reason): "HTML could not be parsed: \(reason)"
        case .invalidXPath(let expression): "invalid XPath: \(expression)"
        case .outOfMemory: "libxml2 is out of memory"
        }
    }
}
