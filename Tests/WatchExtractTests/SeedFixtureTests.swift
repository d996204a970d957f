import Foundation
import LibXML
import Testing

@testable import WatchExtract

/// The seed fixtures: what part B owns (charset, boilerplate, digest) asserted on each page.
/// The table also holds the title, date and publisher each page states, for the end-to-end
/// `ArticleExtractor` assertions to add after the merge.
@Suite struct SeedFixtureTests {
    struct Fixture: CustomTestStringConvertible, Sendable {
        let file: String
        /// The charset `PageDecoder` must pick without help (no Content-Type).
        let charset: String
        /// The CSS selector of the article's paragraphs in this template.
        let body: String
        let title: String
        /// The published day (Asia/Shanghai) the page states.
        let date: String
        let publisher: String?
        let firstSentence: String
        let lastSentence: String
        /// Lines (by their start) of the seed's own chrome that the page carries.
        let chrome: [String]
        var testDescription: String { file }
    }

    static let txyddyFooter = [
        "本站部分信息", "本网部分转载", "北京金政国信", "通讯邮递调研网 txyddy", "联系电话", "监督电话",
        "地址:", "联系邮箱",
    ]
    static let seed000 = Fixture(
        file: "seed-000-mirror.html", charset: "UTF-8", body: "div.content p",
        title: "八省区市邮政管理局召开2024年半年工作会", date: "2024-07-26", publisher: "国家邮政局",
        firstSentence: "近日,陕西、重庆、浙江、湖北、江西、内蒙古、西藏、广西等八省区市邮政管理局分别召开2024年半年工作会",
        lastSentence: "锻造忠诚干净担当干部队伍。",
        chrome: ["欢迎访问"] + txyddyFooter)

    static let fixtures: [Fixture] = [
        seed000,
        Fixture(
            file: "seed-000-gbk.html", charset: "GB18030", body: seed000.body, title: seed000.title, date: seed000.date,
            publisher: seed000.publisher, firstSentence: seed000.firstSentence, lastSentence: seed000.lastSentence,
            chrome: seed000.chrome),
        Fixture(
            file: "seed-000-gbk-declared-utf8.html", charset: "GB18030", body: seed000.body, title: seed000.title,
            date: seed000.date, publisher: seed000.publisher, firstSentence: seed000.firstSentence,
            lastSentence: seed000.lastSentence, chrome: seed000.chrome),
        Fixture(
            file: "seed-001-mirror.html", charset: "UTF-8", body: "div.single-content p",
            title: "粤赣湘三省局迅速学习贯彻国家局努力完成邮政快递业全年目标任务电视电话会议精神", date: "2020-04-30",
            publisher: "国家邮政局网站",
            firstSentence: "国家邮政局4月27日召开全行业电视电话会议后,广东、江西、湖南等三省邮政管理局分别召开专题会议",
            lastSentence: "为经济社会发展和保障服务民生作出积极贡献。",
            chrome: [
                "现在位置", "投稿人", "4年前 (2020-04-30)", "来源:国家邮政局网站", "本文由物流报", "发表评论", "邮箱地址不会被公开",
                "Copyright © 物流报",
            ]),
        Fixture(
            file: "seed-002-mirror.html", charset: "UTF-8", body: "div.content p",
            title: "河源、梅州、茂名、潮州局召开三季度政企联席会", date: "2023-10-26", publisher: "广东省邮政管理局",
            firstSentence: "近日,河源、梅州、茂名、潮州市邮政管理局分别与市邮政分公司召开2023年第三季度邮政普遍服务政企联席会议",
            lastSentence: "六要落实行业生态环保工作目标任务,推动绿色包装要求落实到位。",
            chrome: ["欢迎访问", "当前位置", "发布日期", "原文链接", "[免责声明]", "本网概况", "京ICP备", "全国政务信息一体化应用平台 北京"]
                + txyddyFooter),
        Fixture(
            file: "seed-003-digest.html", charset: "UTF-8", body: "div.post_body p",
            title: "江西快递行业党建和服务管理工作现场推进会召开", date: "2025-12-19", publisher: nil,
            firstSentence: "江西快递行业党建和服务管理工作现场推进会召开",
            lastSentence: "打造一支政治坚定、业务精通、作风过硬的邮政管理队伍。(天津市邮政管理局)",
            chrome: ["特别声明", "Notice:"]),
        Fixture(
            file: "seed-004-traditional.html", charset: "UTF-8", body: "div.art-body p",
            title: "省郵政管理局召開全省郵政管理局長(zhǎng)座談會(huì)", date: "2015-08-21", publisher: nil,
            firstSentence: "8月18日至19日,山西省郵政管理局在忻州召開全省郵政管理局長(zhǎng)座談會(huì)",
            lastSentence: "會(huì)議由省局黨組成員、副局長(zhǎng)趙俊芝主持。",
            chrome: ["2015-08-21"]),
    ]

    @Test(arguments: fixtures)
    func decodesWithTheRightCharset(fixture: Fixture) throws {
        let bytes = try SeedFixtureFiles.bytes(fixture.file)
        #expect(PageDecoder().charset(of: bytes, contentType: nil, override: nil) == fixture.charset)
        let document = try SeedFixtureFiles.document(fixture.file)
        #expect(try document.select("//title").first?.text.hasPrefix(fixture.title) == true)
    }

    @Test func theGBKCopiesDecodeToExactlyTheUTF8Text() throws {
        let original = try SeedFixtureFiles.leafBlockLines(SeedFixtureFiles.document("seed-000-mirror.html"))
        for file in ["seed-000-gbk.html", "seed-000-gbk-declared-utf8.html"] {
            let copy = try SeedFixtureFiles.leafBlockLines(SeedFixtureFiles.document(file, contentType: "text/html"))
            #expect(copy == original, "\(file)")
        }
        // Told the mislabelled copy is UTF-8 by the operator, it decodes as garbage but intact.
        let forced = try SeedFixtureFiles.document("seed-000-gbk-declared-utf8.html", override: "utf-8")
        let forcedBody = try SeedFixtureFiles.paragraphs(forced, selector: "div.content p")
        #expect(forcedBody.count == 9) // the same tree, every paragraph still there
        #expect(forcedBody.allSatisfy { $0.contains("\u{FFFD}") && !$0.contains("邮政管理局") })
    }

    @Test(arguments: fixtures)
    func bodyParagraphsKeepEverySentence(fixture: Fixture) throws {
        let paragraphs = try SeedFixtureFiles.paragraphs(
            SeedFixtureFiles.document(fixture.file), selector: fixture.body)
        let cleaned = BoilerplateFilter.clean(paragraphs)
        #expect(cleaned.first?.hasPrefix(fixture.firstSentence) == true)
        #expect(cleaned.last?.hasSuffix(fixture.lastSentence) == true)
        // Only the template's own metadata line inside the body may go (seed 001's 来源).
        #expect(paragraphs.filter { !cleaned.contains($0) }.allSatisfy { $0.hasPrefix("来源") })
    }

    @Test(arguments: fixtures)
    func noChromeLineOfTheWholePageSurvives(fixture: Fixture) throws {
        let lines = try SeedFixtureFiles.leafBlockLines(SeedFixtureFiles.document(fixture.file))
        for chrome in fixture.chrome {
            #expect(lines.contains { $0.contains(chrome) }, "the fixture should carry \(chrome)")
        }
        let cleaned = BoilerplateFilter.clean(lines)
        for chrome in fixture.chrome {
            #expect(!cleaned.contains { $0.contains(chrome) }, "\(chrome) survived")
        }
        #expect(cleaned.contains { $0.hasPrefix(fixture.firstSentence) })
        #expect(cleaned.contains { $0.hasSuffix(fixture.lastSentence) })
    }

    @Test func theDigestFixtureSplitsIntoItsEightItems() throws {
        let document = try SeedFixtureFiles.document("seed-003-digest.html")
        let paragraphs = BoilerplateFilter.clean(try SeedFixtureFiles.paragraphs(document, selector: "div.post_body p"))
        let items = try #require(DigestSplitter.split(paragraphs))
        #expect(items.map(\.title) == DigestSplitterTests.seed003Items.map(\.title))
        #expect(items.map(\.publisher) == DigestSplitterTests.seed003Items.map(\.publisher))
    }

    @Test(arguments: fixtures.filter { $0.file != "seed-003-digest.html" })
    func articlesAreNotDigests(fixture: Fixture) throws {
        let paragraphs = try SeedFixtureFiles.paragraphs(
            SeedFixtureFiles.document(fixture.file), selector: fixture.body)
        #expect(DigestSplitter.split(BoilerplateFilter.clean(paragraphs)) == nil)
    }
}
