/// The header of the government information-disclosure template (索引号, 发布机构, 发文字号,
/// 分类, 成文日期, 发布日期 …), as label/value cells or `label：value` lines, labels spaced out
/// or not (`索 引 号`). Its document number and 发布日期 are kept as metadata; its lines never
/// reach the body. An empty field is absent: never the label that follows it.
struct DisclosureHeader: Sendable {
    /// Labels of the template; at least `minimumLabels` of the defining ones make a header.
    /// Longer labels first where one starts another (`发文字号` before `文号` cannot clash, but
    /// `主题分类` must be tried before `分类` would ever be).
    static let labels = [
        "索引号", "发布机构", "发文字号", "成文日期", "发布日期", "主题分类", "文号",
        "名称", "主题词", "生成日期", "效力状态", "公开方式", "信息分类", "发文机关", "分类",
    ]
    static let definingLabels: Set<String> = ["索引号", "发布机构", "发文字号", "成文日期", "文号"]
    /// Labels common enough as the first word of a sentence (`分类推进…`) that they count only
    /// followed by a colon or alone in their cell.
    static let colonOnlyLabels: Set<String> = ["分类", "名称"]
    static let minimumLabels = 2
    /// First characters of the labels: a cheap test before the full comparison.
    static let labelLeads = Set(labels.compactMap(\.unicodeScalars.first))
    static let documentNumberLabels = ["发文字号", "文号"]
    static let publishedLabel = "发布日期"
    static let colons: Set<Character> = ["：", ":"]
    /// Spaces templates pad labels with: ASCII, ideographic, no-break, en/em and thin spaces.
    static let paddingSpaces: Set<Unicode.Scalar> = [
        " ", "\t", "\u{3000}", "\u{00A0}", "\u{2002}", "\u{2003}", "\u{2009}", "\u{200B}",
    ]

    /// Label → value, for the fields that have one.
    private(set) var fields: [String: String] = [:]
    /// Indices of the page lines the header occupies.
    private(set) var lineIndices: Set<Int> = []

    init(lines: [TextLine]) {
        var seen: Set<String> = []
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            guard let lead = lines[index].text.unicodeScalars.first(where: { !Self.paddingSpaces.contains($0) }),
                Self.labelLeads.contains(lead)
            else { continue }
            let pairs = Self.pairs(in: Self.compacted(lines[index].text))
            guard let last = pairs.last else { continue }
            var used = [index]
            var found = pairs
            // A label alone in its cell: its value is the next line, unless that is a label.
            if last.value.isEmpty, index + 1 < lines.count, !Self.startsWithLabel(lines[index + 1].text) {
                found[found.count - 1].value = lines[index + 1].text
                used.append(index + 1)
                index += 1
            }
            for pair in found where seen.insert(pair.label).inserted && !pair.value.isEmpty {
                fields[pair.label] = pair.value
            }
            lineIndices.formUnion(used)
        }
        if seen.intersection(Self.definingLabels).count < Self.minimumLabels {
            fields = [:]
            lineIndices = []
        }
    }

    /// The label/value pairs of one compacted line: `发文字号：分类：行政许可` is an empty 发文字号
    /// and a 分类.
    static func pairs(in compact: String) -> [(label: String, value: String)] {
        var result: [(label: String, value: String)] = []
        var rest = Substring(compact)
        while let label = label(startingAt: rest) {
            rest = rest.dropFirst(label.count).drop { colons.contains($0) }
            let next = nextLabelStart(in: rest)
            result.append((label, String(rest[..<next])))
            rest = rest[next...]
        }
        return result
    }

    /// The label `text` starts with, if any (a colon-only label needs its colon or nothing).
    static func label(startingAt text: Substring) -> String? {
        // Compared as bytes: a `Character` comparison breaks graphemes, and this runs on every
        // line that starts with a label's first character.
        labels.first { label in
            guard text.utf8.starts(with: label.utf8) else { return false }
            guard colonOnlyLabels.contains(label) else { return true }
            let after = text.dropFirst(label.count).first
            return after == nil || colons.contains(after!)
        }
    }

    /// Where the next `label：` starts in a value (a value runs up to the next labelled field).
    static func nextLabelStart(in text: Substring) -> Substring.Index {
        var position = text.startIndex
        while position < text.endIndex {
            let rest = text[position...]
            if let label = label(startingAt: rest), rest.dropFirst(label.count).first.map(colons.contains) == true {
                return position
            }
            position = text.index(after: position)
        }
        return text.endIndex
    }

    static func startsWithLabel(_ text: String) -> Bool {
        label(startingAt: Substring(compacted(text))) != nil
    }

    /// `text` without its padding spaces (filtered by scalar: a `Character` filter costs a
    /// grapheme break search per character).
    static func compacted(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter { !paddingSpaces.contains($0) })
        return String(scalars)
    }

    /// 发文字号, when the header states one.
    var documentNumber: String? {
        Self.documentNumberLabels.lazy.compactMap { fields[$0] }.first
    }

    /// The day of 发布日期, when the header states one (the day it was published, not the
    /// 成文日期 it was signed).
    var publishedDay: DayStamp? {
        fields[Self.publishedLabel].flatMap(DateScanner.firstDate(in:))
    }
}
