/// The header of the government information-disclosure template (索引号, 发布机构, 发文字号,
/// 成文日期 …), as label/value cells or `label：value` lines. Its document number is kept as
/// metadata; its lines never reach the body.
struct DisclosureHeader: Sendable {
    /// Labels of the template; at least `minimumLabels` of the defining ones make a header.
    static let labels = ["索引号", "发布机构", "发文字号", "成文日期", "发布日期", "主题分类", "文号",
                         "名称", "主题词", "生成日期", "效力状态", "公开方式", "信息分类", "发文机关"]
    static let definingLabels: Set<String> = ["索引号", "发布机构", "发文字号", "成文日期", "文号"]
    static let minimumLabels = 2
    /// First characters of the labels: a cheap test before the full comparison.
    static let labelLeads = Set(labels.compactMap(\.unicodeScalars.first))
    static let documentNumberLabels = ["发文字号", "文号"]

    /// Label → value.
    private(set) var fields: [String: String] = [:]
    /// Indices of the page lines the header occupies.
    private(set) var lineIndices: Set<Int> = []

    init(lines: [TextLine]) {
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            guard let lead = lines[index].text.unicodeScalars.first, Self.labelLeads.contains(lead) else { continue }
            let compact = Self.compacted(lines[index].text)
            guard let label = Self.labels.first(where: { TextMeasure.hasPrefix(compact, $0) }) else { continue }
            var value = String(compact.dropFirst(label.count).drop { $0 == "：" || $0 == ":" })
            var used = [index]
            if value.isEmpty, index + 1 < lines.count, !Self.startsWithLabel(lines[index + 1].text) {
                value = lines[index + 1].text
                used.append(index + 1)
                index += 1
            }
            if fields[label] == nil { fields[label] = value }
            lineIndices.formUnion(used)
        }
        if Set(fields.keys).intersection(Self.definingLabels).count < Self.minimumLabels {
            fields = [:]
            lineIndices = []
        }
    }

    static func startsWithLabel(_ text: String) -> Bool {
        let compact = compacted(text)
        return labels.contains { TextMeasure.hasPrefix(compact, $0) }
    }

    /// `text` without its ASCII and ideographic spaces (filtered by scalar: a `Character`
    /// filter costs a grapheme break search per character).
    static func compacted(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter { $0 != " " && $0 != "\u{3000}" })
        return String(scalars)
    }

    /// 发文字号, when the header states one.
    var documentNumber: String? {
        Self.documentNumberLabels.lazy.compactMap { fields[$0] }.first { !$0.isEmpty }
    }
}
