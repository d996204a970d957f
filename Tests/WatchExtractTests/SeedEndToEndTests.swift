import Foundation
import Testing
import WatchCore

@testable import WatchExtract

/// Each seed page through the whole extraction, as the pipeline runs it: `PageDecoder` with no
/// Content-Type, then `ArticleExtractor` with no selectors. Expected values: `SeedFixtureTests`.
@Suite struct SeedEndToEndTests {
    static let shanghai = TimeZone(identifier: "Asia/Shanghai")!
    /// After every seed's date, so "never in the future" cannot hide a date.
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    static func extract(_ file: String) throws -> [ExtractedArticle] {
        let document = try PageDecoder().document(
            from: try SeedFixtureFiles.bytes(file), contentType: nil,
            override: nil, url: "https://mirror.example/p/\(file)")
        return ArticleExtractor().extract(
            document: document, url: "https://mirror.example/p/\(file)",
            selectors: SourceSelectors(), now: now)
    }

    static func day(_ date: Date?) -> String? {
        guard let date else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = shanghai
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    /// The single-article seeds (the digest is split, see below).
    static let articles = SeedFixtureTests.fixtures.filter { !$0.file.contains("digest") }

    @Test(arguments: articles)
    func titleDatePublisherBodyAndNoChrome(fixture: SeedFixtureTests.Fixture) throws {
        let results = try Self.extract(fixture.file)
        #expect(results.count == 1)
        let article = try #require(results.first)
        #expect(article.title == fixture.title)
        #expect(Self.day(article.published) == fixture.date)
        if let publisher = fixture.publisher { #expect(article.publisher == publisher) }
        #expect(
            article.paragraphs.first?.hasPrefix(fixture.firstSentence) == true,
            "first paragraph: \(article.paragraphs.first ?? "none")")
        #expect(
            article.paragraphs.last?.hasSuffix(fixture.lastSentence) == true,
            "last paragraph: \(article.paragraphs.last ?? "none")")
        for chrome in fixture.chrome {
            #expect(!article.paragraphs.contains { $0.hasPrefix(chrome) }, "chrome line \(chrome) in the body")
        }
    }

    @Test func theDigestBecomesEightArticlesWithTheirOwnTitlesAndPublishers() throws {
        let items = try Self.extract("seed-003-digest.html")
        #expect(items.count == 8)
        #expect(items.first?.title == "江西快递行业党建和服务管理工作现场推进会召开")
        #expect(items.first?.publisher == "江西省邮政管理局")
        #expect(items.last?.publisher == "天津市邮政管理局")
        #expect(Set(items.map(\.title)).count == 8)
        #expect(items.allSatisfy { Self.day($0.published) == "2025-12-19" })
        #expect(items.allSatisfy { !$0.paragraphs.contains { $0.hasPrefix("Notice:") || $0.hasPrefix("特别声明") } })
    }
}
