import Foundation

/// Charset names as pages declare them, folded to the names this project hands libxml2.
///
/// Pages in the wild use a zoo of labels for the same encoding (`gb2312`, `x-gbk`, `cp936`…).
/// Everything in the GB family decodes as GB18030, its superset: a page labelled GB2312 very
/// often holds GBK characters, and GB18030 decodes every GBK byte sequence the same way.
public enum Charset {
    /// The canonical name of UTF-8.
    public static let utf8 = "UTF-8"
    /// The canonical name of the GB family (GB2312 ⊂ GBK ⊂ GB18030).
    public static let gb18030 = "GB18030"
    /// The canonical name of Big5 (traditional-character pages from Taiwan and Hong Kong).
    public static let big5 = "BIG5"
    /// What WHATWG decodes `iso-8859-1` and `us-ascii` labels as: its superset windows-1252.
    public static let windows1252 = "WINDOWS-1252"

    /// Labels (lower case) of the GB family, from WHATWG's encoding table plus what Chinese
    /// CMSs are seen to write.
    static let gbLabels: Set<String> = [
        "gb2312", "gb_2312", "gb_2312-80", "gbk", "x-gbk", "cp936", "ms936", "windows-936",
        "euc-cn", "x-euc-cn", "csgb2312", "csgb231280", "csiso58gb231280", "iso-ir-58",
        "chinese", "gb18030", "gb-18030", "csgbk", "hz-gb-2312-never",
    ]
    static let utf8Labels: Set<String> = [
        "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8", "unicode20utf8",
    ]
    static let big5Labels: Set<String> = ["big5", "big-5", "cn-big5", "csbig5", "x-x-big5"]
    static let latinLabels: Set<String> = [
        "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "ansi_x3.4-1968",
        "cp1252", "windows-1252", "x-cp1252",
    ]

    /// The canonical name for a declared or detected label, or `nil` when the label is empty.
    /// Unknown labels come back upper-cased and unquoted; whether libxml2 can use them is
    /// checked separately (`HTMLDocument.supportsEncoding`).
    public static func canonicalName(_ label: String) -> String? {
        let trimmed = label.trimmingCharacters(in: .whitespacesAndNewlines)
            .trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            .trimmingCharacters(in: .whitespaces)
        let lower = trimmed.lowercased()
        guard !lower.isEmpty else { return nil }
        if gbLabels.contains(lower) { return gb18030 }
        if utf8Labels.contains(lower) { return utf8 }
        if big5Labels.contains(lower) { return big5 }
        if latinLabels.contains(lower) { return windows1252 }
        return trimmed.uppercased()
    }

    /// The `charset=` parameter of a Content-Type header value, if any.
    public static func fromContentType(_ contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2,
                pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset"
            else { continue }
            return canonicalName(String(pair[1]))
        }
        return nil
    }
}
