import Foundation

/// A stop-gap charset guess until `PageDecoder` (charset decoding, issue 4 part B) lands:
/// a BOM, then a `charset=` declaration in the first bytes, then "valid UTF-8, else GB18030".
/// GB2312 and GBK are read as GB18030, their superset.
/// TODO(part B merge): callers switch to `PageDecoder().document(from:contentType:override:url:)`.
public enum InterimCharset {
    /// How far into the page a `charset=` declaration is looked for.
    static let declarationWindow = 4096

    /// `bytes` made safe to hand libxml2 with `encoding(of:)`: GB18030 pages repaired.
    public static func prepared(_ bytes: [UInt8]) -> (bytes: [UInt8], encoding: String) {
        let encoding = encoding(of: bytes)
        return (encoding == "GB18030" ? repairingGB18030(bytes) : bytes, encoding)
    }

    /// The charset name to hand libxml2 for `bytes`.
    public static func encoding(of bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        // Valid UTF-8 with three-byte sequences (where CJK lives) is UTF-8 whatever the page
        // claims: GB-encoded Chinese is practically never valid UTF-8 at any length, while stale
        // `gb2312` declarations are common. (A few GBK bytes alone can pass as two-byte UTF-8.)
        let validUTF8 = String(validating: bytes, as: UTF8.self) != nil
        let hasWideSequences = bytes.contains { $0 >= 0xE0 }
        if validUTF8 && hasWideSequences { return "UTF-8" }
        if let declared = declaredCharset(in: bytes) { return declared }
        return validUTF8 && !bytes.contains(where: { $0 >= 0x80 }) ? "UTF-8" : "GB18030"
    }

    /// `bytes` with every sequence that is not valid GB18030 replaced by `?`: libxml2 stops
    /// converting at the first invalid byte, which would cut the page short.
    public static func repairingGB18030(_ bytes: [UInt8]) -> [UInt8] {
        guard let firstInvalid = firstInvalidGB18030(bytes) else { return bytes }
        var result = Array(bytes[..<firstInvalid])
        result.reserveCapacity(bytes.count)
        var index = firstInvalid
        while index < bytes.count {
            let length = gb18030SequenceLength(bytes, at: index)
            if length == 0 {
                result.append(0x3F)
                index += 1
            } else {
                for offset in 0..<length { result.append(bytes[index + offset]) }
                index += length
            }
        }
        return result
    }

    /// Where the first invalid GB18030 sequence starts, or nil when there is none.
    static func firstInvalidGB18030(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let length = gb18030SequenceLength(bytes, at: index)
            if length == 0 { return index }
            index += length
        }
        return nil
    }

    /// The length of the valid GB18030 sequence at `index` (1, 2 or 4), or 0 when invalid.
    static func gb18030SequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        guard (0x81...0xFE).contains(lead), index + 1 < bytes.count else { return 0 }
        let second = bytes[index + 1]
        if (0x40...0x7E).contains(second) || (0x80...0xFE).contains(second) { return 2 }
        guard (0x30...0x39).contains(second), index + 3 < bytes.count,
              (0x81...0xFE).contains(bytes[index + 2]), (0x30...0x39).contains(bytes[index + 3]) else { return 0 }
        return 4
    }

    /// The `charset=` of the first `<meta>` tag that declares one (a `charset` on a `<script>`
    /// names the script's encoding, not the page's).
    static func declaredCharset(in bytes: [UInt8]) -> String? {
        // ASCII-lowered bytes: the declaration is ASCII, and String work here is costly.
        let head = bytes.prefix(declarationWindow).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        let meta = Array("<meta".utf8), charset = Array("charset=".utf8)
        var start = 0
        while let open = firstIndex(of: meta, in: head, from: start) {
            let close = head[open...].firstIndex(of: UInt8(ascii: ">")) ?? head.count
            start = close
            guard let marker = firstIndex(of: charset, in: Array(head[open..<close]), from: 0) else { continue }
            let name = head[(open + marker + charset.count)..<close]
                .drop { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: " ") }
                .prefix { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
            if let known = canonicalName(String(decoding: name, as: UTF8.self)) { return known }
        }
        return nil
    }

    static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count, start <= haystack.count - needle.count else { return nil }
        for index in start...(haystack.count - needle.count)
        where haystack[index] == needle[0] && haystack[index..<(index + needle.count)].elementsEqual(needle) {
            return index
        }
        return nil
    }

    static func canonicalName(_ name: String) -> String? {
        switch name {
        case "": nil
        case "gb2312", "gbk", "x-gbk", "gb18030", "cp936", "windows-936": "GB18030"
        case "utf8": "UTF-8"
        default: name.uppercased()
        }
    }
}
