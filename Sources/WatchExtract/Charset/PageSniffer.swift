/// Reads the charset a page states about itself: a byte-order mark, or a `<meta>` declaration.
/// Works on the raw bytes (the markup that matters is ASCII in every charset a page can
/// declare this way), so no decoding happens before the charset is known.
enum PageSniffer {
    /// How far into the page a `<meta>` charset declaration is looked for. WHATWG says 1024
    /// bytes, but Chinese government templates put kilobytes of meta tags and scripts first.
    static let metaScanLimit = 4096
    /// `<meta charset="x">` and `<meta http-equiv="Content-Type" content="text/html; charset=x">`
    /// alike: whatever `charset=` a meta tag carries.
    static let metaTag = Array("<meta".utf8)
    static let charsetKey = Array("charset".utf8)

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
        let head = bytes.prefix(metaScanLimit)
        var from = head.startIndex
        while let start = find(metaTag, in: head, from: from) {
            let end = head[start...].firstIndex(of: UInt8(ascii: ">")) ?? head.endIndex
            if let label = charsetValue(in: head[start..<end]), let name = Charset.canonicalName(label) {
                return name.hasPrefix("UTF-16") ? Charset.utf8 : name
            }
            from = end
        }
        return nil
    }

    /// The value after `charset=` inside one tag, quotes and spaces skipped.
    static func charsetValue(in tag: ArraySlice<UInt8>) -> String? {
        guard let key = find(charsetKey, in: tag, from: tag.startIndex) else { return nil }
        var index = tag.index(key, offsetBy: charsetKey.count)
        let skippable: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "\""), UInt8(ascii: "'")]
        while index < tag.endIndex, skippable.contains(tag[index]) { index += 1 }
        guard index < tag.endIndex, tag[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        while index < tag.endIndex, skippable.contains(tag[index]) { index += 1 }
        let start = index
        while index < tag.endIndex, isLabelByte(tag[index]) { index += 1 }
        return index > start ? String(decoding: tag[start..<index], as: UTF8.self) : nil
    }

    static func isLabelByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
            UInt8(ascii: "."), UInt8(ascii: ":"):
            true
        default: false
        }
    }

    /// The first index of `needle` (lower-case ASCII) in `haystack`, ignoring ASCII case.
    static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>, from: Int) -> Int? {
        guard !needle.isEmpty, haystack.endIndex - from >= needle.count else { return nil }
        var index = from
        while index <= haystack.endIndex - needle.count {
            var offset = 0
            while offset < needle.count, lowered(haystack[index + offset]) == needle[offset] { offset += 1 }
            if offset == needle.count { return index }
            index += 1
        }
        return nil
    }

    static func lowered(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }
}
