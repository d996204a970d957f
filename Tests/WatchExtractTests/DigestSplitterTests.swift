import Testing

@testable import WatchExtract

@Suite struct DigestSplitterTests {
    /// Seed 003's eight items: title and the attribution that closes each.
    static let seed003Items: [(title: String, publisher: String)] = [
        ("江西快递行业党建和服务管理工作现场推进会召开", "江西省邮政管理局"),
        ("河南快递行业工会联合会第一届会员代表大会召开", "河南省邮政管理局"),
        ("宁夏局召开全区行业消防安全风险隐患排查整治会", "宁夏回族自治区邮政管理局"),
        ("浙江局召开2026年度工作务虚会议", "浙江省邮政管理局"),
        ("湖北局召开全省行业重点工作调度会", "湖北省邮政管理局"),
        ("重庆局会同市交通运输委探索人工AI+在邮政快递领域应用", "重庆市邮政管理局"),
        ("广东局举办全省系统党务干部和纪检干部能力提升培训班", "广东省邮政管理局"),
        ("天津局深入基层调研指导工作", "天津市邮政管理局"),
    ]

    @Test func seed003SplitsIntoItsEightItems() throws {
        let paragraphs = BoilerplateFilter.clean(try SeedFixtureFiles.seedLines("003"))
        let items = try #require(DigestSplitter.split(paragraphs))
        #expect(items.map(\.title) == Self.seed003Items.map(\.title))
        #expect(items.map(\.publisher) == Self.seed003Items.map(\.publisher))
        #expect(items.allSatisfy { $0.paragraphs.count == 2 })
        #expect(items[0].paragraphs[0].hasPrefix("近日,江西省快递行业党建和服务管理工作现场推进会召开"))
        #expect(items[0].paragraphs[1].hasSuffix("促进快递行业党建工作全面过硬、全面进步。"))
        #expect(items.last?.paragraphs.last?.hasSuffix("打造一支政治坚定、业务精通、作风过硬的邮政管理队伍。") == true)
        #expect(!items.contains { $0.paragraphs.contains { $0.contains("(") && $0.hasSuffix("局)") } })
    }

    @Test func aSingleArticleEndingInAnAttributionIsNotADigest() {
        let article = ["国家邮政局召开党组会议", "会议强调，要切实抓好落实。(国家邮政局)"]
        #expect(DigestSplitter.split(article) == nil)
    }

    @Test(arguments: ["000", "001", "002", "004"])
    func theOtherSeedsAreNotDigests(seed: String) throws {
        #expect(DigestSplitter.split(BoilerplateFilter.clean(try SeedFixtureFiles.seedLines(seed))) == nil)
    }

    @Test func fullWidthParenthesesAndAStandaloneAttributionLine() throws {
        let items = try #require(
            DigestSplitter.split([
                "甲局召开会议", "近日，甲局召开会议。", "（甲省邮政管理局）",
                "乙局开展检查", "近日，乙局开展检查。（乙市邮政管理局）",
            ]))
        #expect(
            items == [
                DigestItem(title: "甲局召开会议", paragraphs: ["近日，甲局召开会议。"], publisher: "甲省邮政管理局"),
                DigestItem(title: "乙局开展检查", paragraphs: ["近日，乙局开展检查。"], publisher: "乙市邮政管理局"),
            ])
    }

    @Test func anItemWithoutATitleLineMeansNoDigest() {
        #expect(
            DigestSplitter.split([
                "近日，甲局召开会议，部署重点工作。", "会议要求抓好落实。(甲省邮政管理局)",
                "乙局开展检查", "近日，乙局开展检查。(乙市邮政管理局)",
            ]) == nil)
    }

    @Test func textAfterTheLastAttributionMeansNoDigest() {
        #expect(
            DigestSplitter.split([
                "甲局召开会议", "近日，甲局召开会议。(甲省邮政管理局)",
                "乙局开展检查", "近日，乙局开展检查。(乙市邮政管理局)",
                "丙局的一段没有署名的文字。",
            ]) == nil)
    }

    @Test func aParentheticalThatIsNoOrganisationIsNoAttribution() {
        #expect(DigestSplitter.attributionSplit("会议由副局长主持(见图)") == nil)
        #expect(DigestSplitter.attributionSplit("全面进步。(江西省邮政管理局)")?.1 == "江西省邮政管理局")
    }
}
