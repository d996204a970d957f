import Foundation
import Testing
import WatchCore

@testable import WatchDedup

/// The issue's acceptance cases, on the seed pages (see `Fixtures/` for how each text was made).
@Suite struct SeedMatchingTests {
    let normalizer: Normalizer

    init() throws {
        normalizer = try Normalizer()
    }

    func fingerprint(_ text: String) throws -> ContentFingerprint {
        try Fingerprinter.fingerprint(normalizer.normalize(text))
    }

    @Test func theTraditionalCopyMatchesItsSimplifiedOriginal() throws {
        var dedup = try Deduplicator()
        try dedup.insert(articleID: 4, fingerprint: fingerprint(Fixture.text("004-bureau-simplified.txt")))
        let mirror = try fingerprint(SeedTexts.traditionalMirrorBody())
        guard case .near(4, let distance) = dedup.decide(mirror) else {
            Issue.record("seed 004 not matched: \(dedup.decide(mirror))")
            return
        }
        #expect(distance > 0, "the garbles make it near, not exact")
        let withDateLine = try fingerprint(SeedTexts.traditionalMirrorBodyWithDateLine())
        #expect(dedup.decide(withDateLine).articleID == 4)
    }

    @Test func theTraditionalCopyReadsAsSimplifiedWithoutPinyin() throws {
        let display = try normalizer.normalize(SeedTexts.traditionalMirrorBody()).display
        #expect(display.hasPrefix("8月18日至19日,山西省邮政管理局在忻州召开全省邮政管理局长座谈会,进一步学习传达贯彻"))
        #expect(!display.contains("(zhǎng)"))
        #expect(!display.contains("會"))
    }

    @Test func eachDigestItemMatchesItsStandalonePage() throws {
        let digest = try SeedTexts.digestItems()
        let pages = try SeedTexts.standaloneItems()
        #expect(digest.count == 8)
        #expect(pages.map(\.title) == digest.map(\.title))
        var dedup = try Deduplicator()
        for (offset, item) in digest.enumerated() {
            try dedup.insert(articleID: Int64(100 + offset), fingerprint: fingerprint(item.body))
        }
        for (offset, page) in pages.enumerated() {
            let decision = dedup.decide(try fingerprint(page.body))
            #expect(decision.articleID == Int64(100 + offset), "\(page.title): \(decision)")
        }
    }

    @Test func theMirrorCopyMatchesTheGuangdongBureauPage() throws {
        var dedup = try Deduplicator()
        try dedup.insert(articleID: 2, fingerprint: fingerprint(Fixture.text("002-bureau-guangdong.txt")))
        #expect(dedup.decide(try fingerprint(SeedTexts.guangdongMirrorBody())) == .exact(articleID: 2))
    }

    @Test func twoMonthlyReleasesStayTwoArticles() throws {
        var dedup = try Deduplicator()
        let may = try fingerprint(Fixture.text("stats-2024-05.txt"))
        try dedup.insert(articleID: 5, fingerprint: may)
        #expect(dedup.decide(try fingerprint(Fixture.text("stats-2024-06.txt"))) == .new)
    }

    /// The same template with only `5月份…156.9亿件` turned into `6月份…161.3亿件`: SimHash alone
    /// would call it the same article; the numbers keep it apart.
    @Test func numbersDecideWhenTheSimHashIsWithinTheThreshold() throws {
        let may = try Fixture.text("stats-2024-05.txt")
        let june = may.replacingOccurrences(of: "　　5月份，", with: "　　6月份，")
            .replacingOccurrences(of: "快递业务量完成156.9亿件", with: "快递业务量完成161.3亿件")
        #expect(june != may)
        let mayPrint = try fingerprint(may)
        let junePrint = try fingerprint(june)
        var dedup = try Deduplicator()
        #expect((mayPrint.simhash ^ junePrint.simhash).nonzeroBitCount <= dedup.threshold)
        try dedup.insert(articleID: 5, fingerprint: mayPrint)
        #expect(dedup.decide(junePrint) == .new)
    }

    @Test func unrelatedArticlesAreNotNear() throws {
        var texts = try SeedTexts.digestItems().map(\.body)
        texts += [
            try Fixture.text("004-bureau-simplified.txt"), try Fixture.text("002-bureau-guangdong.txt"),
            try Fixture.text("stats-2024-05.txt"),
        ]
        let prints = try texts.map(fingerprint)
        var dedup = try Deduplicator()
        for (offset, print) in prints.enumerated() {
            #expect(dedup.decide(print) == .new, "text \(offset)")
            try dedup.insert(articleID: Int64(offset), fingerprint: print)
        }
        for (offset, print) in prints.enumerated() {
            #expect(dedup.decide(print) == .exact(articleID: Int64(offset)))
        }
    }
}
