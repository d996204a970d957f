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
        // Non-ASCII text that is valid UTF-8 is UTF-8 whatever the page claims: GB-encoded
        // Chinese is practically never valid UTF-8, while stale `gb2312` declarations are common.
        let validUTF8 = String(validating: bytes, as: UTF8.self) != nil
        if validUTF8 && bytes.contains(where: { $0 >= 0x80 }) { return "UTF-8" }
        if let declared = declaredCharset(in: bytes) { return declared }
        return validUTF8 ? "UTF-8" : "GB18030"
    }

    /// `bytes` with every sequence that is not valid GB18030 replaced by `?`: libxml2 stops
    /// converting at the first invalid byte, which would cut the page short.
    public static func repairingGB18030(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let length = gb18030SequenceLength(bytes, at: index)
            if length == 0 {
                result.append(0x3F)
                index += 1
            } else {
                result += bytes[index..<(index + length)]
                index += length
            }
        }
        return result
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
        let head = String(decoding: bytes.prefix(declarationWindow), as: UTF8.self).lowercased()
        var rest = head[...]
        while let open = rest.range(of: "<meta") {
            let tag = rest[open.upperBound...].prefix { $0 != ">" }
            rest = rest[tag.endIndex...]
            guard let marker = tag.range(of: "charset=") else { continue }
            let name = tag[marker.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
                .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            if let known = canonicalName(String(name)) { return known }
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
