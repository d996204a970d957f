import Foundation
import Testing
import WatchCore

@testable import WatchDedup

/// Mirror chrome is left out of the fingerprint, in both scripts, and nothing else is.
@Suite struct MirrorBoilerplateTests {
    let normalizer: Normalizer
    static let body = """
        　　7月18日，国家邮政局召开新闻发布会，通报2024年上半年邮政行业运行情况。
        　　上半年，邮政行业寄递业务量累计完成857.4亿件，同比增长22.0%。
        """

    init() throws {
        normalizer = try Normalizer()
    }

    func comparable(_ text: String) throws -> String { try normalizer.normalize(text).comparable }

    @Test(arguments: [
        Self.body + "\n（本文转载自国家邮政局网站，如有侵权请联系删除）",
        Self.body + "（本文转载自国家邮政局网站，如有侵权请联系删除）",
        "编者按：上半年行业运行数据发布，现转载如下。\n" + Self.body,
        "本文转载自国家邮政局网站\n" + Self.body,
        "转自：中国邮政快递报\n" + Self.body,
        Self.body + "\n来源：国家邮政局",
        Self.body + "\n（来源：国家邮政局）",
        Self.body + "\n责任编辑：王五\n扫一扫分享\n分享到：微信 微博",
        "本文轉載自國家郵政局網站\n" + Self.body + "\n（本文轉載自國家郵政局網站，如有侵權請聯繫刪除）\n來源：國家郵政局",
        "編者按：上半年行業運行數據發佈，現轉載如下。\n" + Self.body + "\n掃一掃分享",
    ])
    func chromeIsNotFingerprinted(copy: String) throws {
        #expect(try comparable(copy) == comparable(Self.body))
    }

    @Test func theDisplayTextKeepsWhatThePageSaid() throws {
        let copy = Self.body + "\n（本文转载自国家邮政局网站，如有侵权请联系删除）"
        #expect(try normalizer.normalize(copy).display.contains("如有侵权请联系删除"))
    }

    @Test(arguments: [
        "来源于基层的经验做法，在全省推广，为群众寄递提供了便利，效果很好。",
        "会议强调，要转变作风，分享经验，把扫码寄件等便民服务做实做细。",
        "编辑部同志们认真核对了每一项数据。",
        "网络平台发现侵权信息应当及时删除，并向有关部门报告。",
        "（数据来源于各省邮政管理局报送的统计月报，经汇总形成）",
    ])
    func proseWithTheSameWordsStays(paragraph: String) throws {
        #expect(try comparable(Self.body + "\n" + paragraph) != comparable(Self.body))
    }

    @Test func containmentSketchesFindACopyWithAnAddedParagraph() throws {
        let stored = try Fingerprinter.fingerprint(normalizer.normalize(Self.body))
        let longer = Self.body + "\n通讯邮递调研网讯 本网记者从会上获悉，下半年行业将继续保持平稳较快发展态势。"
        let copy = try Fingerprinter.fingerprint(normalizer.normalize(longer))
        #expect(ContainmentSketch.share(of: stored.sketch, in: copy.sketch).share == 1)
        var dedup = try Deduplicator()
        try dedup.insert(articleID: 9, fingerprint: stored)
        guard case .contained(9, let share) = dedup.decide(copy) else {
            Issue.record("not contained: \(dedup.decide(copy))")
            return
        }
        #expect(share >= Deduplicator.minimumContainedShare)
    }

    /// Containment does not bypass the numbers: the same copy with one figure changed inside
    /// the common text is another article.
    @Test func aContainedCopyWithAChangedFigureStaysNew() throws {
        let header = "通讯邮递调研网讯 本网记者从会上获悉，下半年行业将继续保持平稳较快发展态势。\n"
        var dedup = try Deduplicator()
        try dedup.insert(articleID: 9, fingerprint: Fingerprinter.fingerprint(normalizer.normalize(Self.body)))
        let copy = try Fingerprinter.fingerprint(normalizer.normalize(header + Self.body))
        #expect(dedup.decide(copy).articleID == 9)
        let changed = Self.body.replacingOccurrences(of: "857.4", with: "875.4")
        #expect(dedup.decide(try Fingerprinter.fingerprint(normalizer.normalize(header + changed))) == .new)
    }
}
