import Foundation
import LibOpenCC
import WatchTesting

/// The labelled set of the dedup table (BENCHMARKS.md): pairs of texts that must be one article
/// (a bureau text and a mirror's copy of it) or must stay two (same-template releases and
/// notices, different notices on the same themes), made from the seed fixtures.
///
/// Copies are made the ways mirrors were seen to make them, each in simplified and in
/// traditional characters: a repost disclaimer, an editor's note, a reprint or source line,
/// share and QR prompts, an unknown site header or footer, a trimmed copy, a few garbled
/// characters, and all the chrome at once.
struct LabelledPairs {
    struct Pair {
        /// What kind of pair: `copy: disclaimer`, `apart: monthly release`, …
        let category: String
        let stored: String
        let probe: String
        let sameArticle: Bool
        /// The text `probe` is a copy of: `stored` for a copy, another month's release for a
        /// release wrapped in mirror chrome; nil when the probe is an article of its own.
        var copyOf: String?
    }

    let toTraditional: ChineseConverter

    init() throws {
        toTraditional = try ChineseConverter(config: "s2t.json")
    }

    /// The bureau texts copies are made of: seeds 002 and 004 and the eight items of seed 003.
    static func originals() throws -> [String] {
        let items = try SeedTexts.standaloneItems().map(\.body)
        return [try Fixture.text("002-bureau-guangdong.txt"), try Fixture.text("004-bureau-simplified.txt")] + items
    }

    func all() throws -> [Pair] {
        try copies() + (try apart())
    }

    // MARK: copies

    /// Mirror changes: a name and what it does to a body given as paragraphs.
    static let changes: [(String, @Sendable ([String], inout SplitMix64) -> [String])] = [
        ("repost disclaimer paragraph", { paragraphs, _ in paragraphs + ["（本文转载自国家邮政局网站，如有侵权请联系删除）"] }),
        (
            "repost disclaimer inline",
            { paragraphs, _ in
                var copy = paragraphs
                copy[copy.count - 1] += "（本文转载自国家邮政局网站，如有侵权请联系删除）"
                return copy
            }
        ),
        (
            "editor's note",
            { paragraphs, _ in ["编者按：近日，各地邮政管理部门认真贯彻落实全国邮政管理工作会议部署，扎实推进行业治理。现将有关情况转发如下，供读者参阅。"] + paragraphs }
        ),
        ("reprint line", { paragraphs, _ in ["本文转载自：山西省邮政管理局网站"] + paragraphs }),
        ("source line", { paragraphs, _ in paragraphs + ["来源：国家邮政局"] }),
        ("share and QR prompts", { paragraphs, _ in paragraphs + ["扫一扫分享本页", "分享到：微信 微博 QQ空间"] }),
        ("unknown header", { paragraphs, _ in ["通讯邮递调研网讯 记者从省邮政管理局获悉", "发布时间：2024-07-18 10:21"] + paragraphs }),
        (
            "unknown footer",
            { paragraphs, _ in paragraphs + ["相关阅读：快递业务量持续增长 行业发展稳中向好", "联系电话：0351-4046312 地址：太原市小店区"] }
        ),
        ("trimmed end", { paragraphs, _ in LabelledPairs.trimmed(paragraphs, atEnd: true) }),
        ("trimmed start", { paragraphs, _ in LabelledPairs.trimmed(paragraphs, atEnd: false) }),
        (
            "garbled",
            { paragraphs, random in paragraphs.map { LabelledPairs.garbled($0, every: 150, random: &random) } }
        ),
        (
            "all chrome at once",
            { paragraphs, _ in
                ["编者按：以下内容转载自国家邮政局网站。", "本文转载自国家邮政局网站"] + paragraphs
                    + ["（本文转载自国家邮政局网站，如有侵权请联系删除）", "来源：国家邮政局", "责任编辑：王五", "扫一扫分享"]
            }
        ),
    ]

    func copies() throws -> [Pair] {
        var random = SplitMix64(state: 17)
        var pairs: [Pair] = []
        for original in try Self.originals() {
            let paragraphs = original.components(separatedBy: "\n").filter { !$0.isEmpty }
            for (name, change) in Self.changes {
                let copy = change(paragraphs, &random).joined(separator: "\n")
                pairs.append(
                    Pair(
                        category: "copy: \(name), simplified", stored: original, probe: copy, sameArticle: true,
                        copyOf: original))
                pairs.append(
                    Pair(
                        category: "copy: \(name), traditional", stored: original,
                        probe: try toTraditional.convert(copy), sameArticle: true, copyOf: original))
            }
        }
        return pairs
    }

    /// The text without its last (or first) sentence: a mirror that cut a closing remark or an
    /// opening line.
    static func trimmed(_ paragraphs: [String], atEnd: Bool) -> [String] {
        let sentences = paragraphs.joined(separator: "\n").split(separator: "。", omittingEmptySubsequences: true)
        guard sentences.count > 2 else { return paragraphs }
        let kept = atEnd ? sentences.dropLast() : sentences.dropFirst()
        return [kept.joined(separator: "。") + "。"]
    }

    /// About one Han character in `every` replaced by another (a mirror's encoding slips).
    static func garbled(_ text: String, every: UInt64, random: inout SplitMix64) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let replace = scalar.value >= 0x4E00 && scalar.value <= 0x9FFF && random.next() % every == 0
            out.append(replace ? Unicode.Scalar(0x4E00 + UInt32(random.next() % 0x5000))! : scalar)
        }
        return String(out)
    }

    // MARK: apart

    func apart() throws -> [Pair] {
        var pairs = try monthlyReleases()
        pairs += Self.templateNotices()
        pairs += Self.everyPair(of: try Self.originals(), apart: "apart: different notices, same themes")
        return pairs
    }

    /// Every two of `texts` (each once, the earlier one stored) as a pair that must stay apart.
    static func everyPair(of texts: [String], apart category: String) -> [Pair] {
        texts.indices.flatMap { first in
            texts.indices[(first + 1)...].map { second in
                Pair(category: category, stored: texts[first], probe: texts[second], sameArticle: false)
            }
        }
    }

    /// Twelve months of the statistics release on one template: every pair of months, and each
    /// month's successor with mirror chrome around it and in traditional characters.
    func monthlyReleases() throws -> [Pair] {
        let template = try Fixture.text("stats-2024-05.txt")
        let months = (1...12).map { Self.release(template, month: $0) }
        var pairs = Self.everyPair(of: months, apart: "apart: monthly releases")
        for first in months.indices {
            let next = months[(first + 1) % months.count]
            let wrapped = "本文转载自国家邮政局网站\n" + next + "\n（本文转载自国家邮政局网站，如有侵权请联系删除）\n扫一扫分享"
            pairs.append(
                Pair(
                    category: "apart: monthly releases with mirror chrome", stored: months[first],
                    probe: wrapped, sameArticle: false, copyOf: next))
            pairs.append(
                Pair(
                    category: "apart: monthly releases with mirror chrome", stored: months[first],
                    probe: try toTraditional.convert(wrapped), sameArticle: false, copyOf: next))
        }
        return pairs
    }

    /// The release of `month`: the May template with that month and figures scaled from it.
    static func release(_ template: String, month: Int) -> String {
        var text = template.replacingOccurrences(of: "1-5月", with: "1-\(month)月")
            .replacingOccurrences(of: "2024年5月", with: "2024年\(month)月")
            .replacingOccurrences(of: "5月份", with: "\(month)月份")
        for figure in [
            "686.1", "165.5", "677.6", "6547.9", "5364.2", "158.5", "156.9", "1393.4", "1151.6",
            "22.5", "21.8", "13.8", "21.5", "22.8", "13.6", "10.8", "87.0", "6.9", "55.6", "12.7",
        ] {
            let value = (Double(figure) ?? 0) * (1 + Double(month - 5) * 0.013)
            text = text.replacingOccurrences(of: figure, with: String(format: "%.1f", value))
        }
        return text
    }

    /// Notices on one template that differ in the company, the licence number and the date,
    /// and meeting reports that differ in the province and the quarter.
    static func templateNotices() -> [Pair] {
        let companies = [
            "太原市顺达快递有限公司", "大同市畅通物流有限公司", "忻州市速达快递服务有限公司",
            "晋中市捷运快递有限公司", "长治市通达速递有限公司", "运城市邮快通物流有限公司",
        ]
        let licences = companies.indices.map {
            notice(
                company: companies[$0], licence: "晋邮\(2019_0100 + 37 * $0)",
                day: 3 + 4 * $0)
        }
        let provinces = ["山西", "河南", "江西", "湖北", "广东", "陕西"]
        let meetings = provinces.indices.map { meeting(province: provinces[$0], quarter: 1 + $0 % 4, day: 10 + $0) }
        return [licences, meetings].flatMap { everyPair(of: $0, apart: "apart: same-template notices") }
    }

    static func notice(company: String, licence: String, day: Int) -> String {
        """
        关于注销\(company)快递业务经营许可的公告
        　　根据《快递业务经营许可管理办法》第二十四条规定，\(company)（许可证编号：\(licence)）因主动申请注销，经审核，\
        我局决定注销其快递业务经营许可证。
        　　请该企业妥善处理未完结的快递业务，依法保障用户合法权益。特此公告。
        　　山西省邮政管理局
        　　2024年8月\(day)日
        """
    }

    static func meeting(province: String, quarter: Int, day: Int) -> String {
        """
        \(province)省邮政管理局召开2024年第\(quarter)季度行业运行分析会
        　　7月\(day)日，\(province)省邮政管理局召开2024年第\(quarter)季度行业运行分析会，通报全省邮政快递业运行情况，\
        分析当前形势，部署下一阶段重点工作。会议指出，今年以来全省行业发展稳中有进，业务量和业务收入保持较快增长。
        　　会议要求，要坚持稳中求进工作总基调，抓好旺季服务保障，强化寄递安全监管，切实维护快递员群体合法权益，\
        推动行业高质量发展。
        """
    }
}
