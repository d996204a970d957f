import Foundation

/// A small page whose only job is to send the browser elsewhere: a script assigning
/// `location`/`location.href`, calling `location.replace(…)`, or a `<meta http-equiv="refresh">`.
/// The bureaus' channel addresses are sometimes such stubs (SITES.md: a 137-byte
/// `window.location.href="/gjyzj/c100276/common_list.shtml"`).
enum ScriptStub {
    /// Pages larger than this are real pages, whatever script they carry: a list that also
    /// redirects old browsers must be read as the list it is.
    static let maxStubBytes = 4096

    /// `[window.|top.|self.|document.]location[.href] = "…"` and `location.replace("…")`/`assign`.
    static let scriptPattern =
        #"(?:\b(?:window|top|self|document)\s*\.\s*)?\blocation(?:\s*\.\s*href)?\s*=\s*["']([^"']+)["']|\blocation\s*\.\s*(?:replace|assign)\s*\(\s*["']([^"']+)["']\s*\)"#
    /// `<meta http-equiv="refresh" content="0;url=…">`, attributes in either order.
    static let metaPattern =
        #"<meta\b[^>]*http-equiv\s*=\s*["']?refresh["']?[^>]*content\s*=\s*["']?\s*\d*\s*[;,]\s*url\s*=\s*['"]?([^"'>\s]+)"#
        + #"|<meta\b[^>]*content\s*=\s*["']?\s*\d*\s*[;,]\s*url\s*=\s*['"]?([^"'>\s]+)[^>]*http-equiv\s*=\s*["']?refresh"#
    private static let script = try! NSRegularExpression(pattern: scriptPattern)
    private static let meta = try! NSRegularExpression(pattern: metaPattern, options: [.caseInsensitive])

    /// The address the stub sends to, resolved against `pageURL`; `nil` for a real page.
    static func target(of body: [UInt8], pageURL: String) -> String? {
        guard !body.isEmpty, body.count <= maxStubBytes else { return nil }
        let text = String(decoding: body, as: UTF8.self)
        guard let raw = firstCapture(meta, in: text) ?? firstCapture(script, in: text) else { return nil }
        let href = raw.replacingOccurrences(of: "&amp;", with: "&")
        guard let resolved = URL(string: href, relativeTo: URL(string: pageURL))?.absoluteURL,
            let scheme = resolved.scheme?.lowercased(), scheme == "http" || scheme == "https"
        else { return nil }
        return resolved.absoluteString
    }

    private static func firstCapture(_ regex: NSRegularExpression, in text: String) -> String? {
        guard let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        for index in 1..<match.numberOfRanges {
            if let range = Range(match.range(at: index), in: text) { return String(text[range]) }
        }
        return nil
    }
}
