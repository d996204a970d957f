import Foundation
import WatchCore

/// Deterministic made-up article pages for the store's crash test and benchmark: page `n` is
/// always the same page, so a test can tell which pages a killed writer had stored.
public enum SyntheticPages {
    /// Every `mirrorEvery`-th page is a mirror copy of the page before it (same text, naming the
    /// bureau page as its original); the others are new articles on a bureau source.
    public static let mirrorEvery = 3
    public static let bureauSource = "gd-news"
    public static let mirrorSource = "mirror-news"

    /// True when page `n` (from 1) is a new article rather than a mirror copy.
    public static func isArticle(_ page: Int) -> Bool { page % mirrorEvery != 0 }

    /// Articles among pages 1…`pages`.
    public static func articleCount(pages: Int) -> Int { pages - pages / mirrorEvery }

    public static func url(of page: Int) -> String {
        isArticle(page)
            ? "https://gd.spb.gov.cn/gdyzgljwzfb/c10/\(page).html" : "https://mirror.example/copy/\(page).html"
    }

    /// The observation for page `n`, with `bodyCharacters` characters of text.
    public static func observation(
        page: Int, at date: Date, bodyCharacters: Int = 400,
        announce: @escaping @Sendable (RecordOutcome) throws -> [OutboxEntry] = { _ in [] }
    )
        -> PageObservation
    {
        let articlePage = isArticle(page) ? page : page - 1
        let article = ExtractedArticle(
            url: url(of: page), title: "第\(articlePage)号 邮政管理局通知",
            published: date, publisher: "广东省邮政管理局",
            paragraphs: paragraphs(seed: UInt64(articlePage), characters: bodyCharacters),
            originalURL: isArticle(page) ? nil : url(of: articlePage))
        return PageObservation(
            sourceID: isArticle(page) ? bureauSource : mirrorSource, sourceKind: isArticle(page) ? .bureau : .mirror,
            article: article, fingerprint: fingerprint(seed: UInt64(articlePage)), match: .new, fetchedAt: date,
            announce: announce)
    }

    /// A stand-in fingerprint, unique per seed (the store does not check that it is a real hash).
    public static func fingerprint(seed: UInt64) -> ContentFingerprint {
        var generator = SplitMix64(state: seed)
        let hex = (0..<4).map { _ in
            let word = String(generator.next(), radix: 16)
            return String(repeating: "0", count: 16 - word.count) + word
        }.joined()
        return ContentFingerprint(sha256: hex, simhash: generator.next(), numbers: ["\(seed)", "2026"])
    }

    /// Chinese-looking text drawn from common characters of bureau notices.
    public static func paragraphs(seed: UInt64, characters: Int) -> [String] {
        let alphabet = Array("国家邮政局管理快递业务市场监督安全生产服务质量行业发展会议工作通知要求各单位落实推进")
        var generator = SplitMix64(state: seed &+ 0x9E37_79B9)
        var paragraphs: [String] = []
        var remaining = characters
        while remaining > 0 {
            let length = min(remaining, 80)
            paragraphs.append(
                String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }))
            remaining -= length
        }
        return paragraphs
    }
}
