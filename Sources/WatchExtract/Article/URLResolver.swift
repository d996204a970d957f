import Foundation

/// Makes links absolute against the page's address.
enum URLResolver {
    /// Characters a link may carry unescaped when handed to `URL` (non-ASCII paths are common
    /// on Chinese sites and must be percent-encoded first).
    static let allowed = CharacterSet.urlFragmentAllowed.union(CharacterSet(charactersIn: "#%"))

    /// `href` resolved against `base`, or nil when it is not an http(s) address.
    static func absolute(_ href: String, base: String) -> String? {
        let trimmed = href.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let encoded = trimmed.addingPercentEncoding(withAllowedCharacters: allowed) else { return nil }
        let resolved = URL(string: encoded, relativeTo: URL(string: base))?.absoluteURL
        guard let resolved, let scheme = resolved.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            return nil
        }
        return resolved.absoluteString
    }
}
