import Foundation

/// Reads the charset a page states about itself: a byte-order mark, or a `<meta>` declaration.
enum PageSniffer {
    /// How far into the page a `<meta>` charset declaration is looked for. WHATWG says 1024
    /// bytes, but Chinese government templates put kilobytes of meta tags and scripts first.
    static let metaScanLimit = 4096

    /// `<meta charset="x">` and `<meta http-equiv="Content-Type" content="text/html; charset=x">`
    /// alike: whatever `charset=` a meta tag carries.
    static let metaCharsetPattern = #"<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)"#

    private static let metaCharset = try! NSRegularExpression(
        pattern: metaCharsetPattern, options: [.caseInsensitive])

    /// The charset named by a byte-order mark, and the mark's length.
    static func byteOrderMark(_ bytes: [UInt8]) -> (charset: String, length: Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (Charset.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", 2) }
        if bytes.starts(with: [0x84, 0x31, 0x95, 0x33]) { return (Charset.gb18030, 4) }
        return nil
    }

    /// The canonical charset a `<meta>` tag in the first `metaScanLimit` bytes declares. A
    /// meta tag readable as ASCII cannot be in UTF-16, so such a declaration means UTF-8
    /// (as WHATWG rules).
    static func metaCharset(_ bytes: [UInt8]) -> String? {
        // Latin-1 maps every byte to one character, so the ASCII markup reads right whatever
        // the real encoding is, and no byte can make the conversion fail.
        let head = String(decoding: bytes.prefix(metaScanLimit).map { UInt16($0) }, as: UTF16.self)
        let range = NSRange(head.startIndex..., in: head)
        guard let match = metaCharset.firstMatch(in: head, range: range),
              let label = Range(match.range(at: 1), in: head) else { return nil }
        let name = Charset.canonicalName(String(head[label]))
        return name?.hasPrefix("UTF-16") == true ? Charset.utf8 : name
    }
}
