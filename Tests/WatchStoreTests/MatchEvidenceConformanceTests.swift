import Foundation
import Testing
import WatchCore

/// Each sighting keeps how it was tied to its article, and each text its containment sketch.
@Suite struct MatchEvidenceConformanceTests {
    static let bureauURL = "http://www.spb.gov.cn/gjyzj/c100015/202407/t20240718_1.html"
    static let body = "7月18日，国家邮政局召开2024年第三季度新闻发布会，通报上半年邮政行业运行情况。"

    @Test(arguments: StoreKind.allCases)
    func eachSightingShowsHowItMatched(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let first = try await store.record(page(Self.bureauURL, body: Self.body))
            let id = first.articleID
            let copies: [(String, ArticleMatch)] = [
                ("https://m1.example/1.html", .sameAs(id, how: .exact)),
                ("https://m2.example/2.html", .sameAs(id, how: .near(distance: 3))),
                ("https://m3.example/3.html", .sameAs(id, how: .contained(share: 0.9375))),
            ]
            for (offset, (url, match)) in copies.enumerated() {
                let outcome = try await store.record(
                    page(
                        url, source: "mirror-\(offset)", kind: .mirror,
                        body: Self.body + "（\(offset)）", match: match, seconds: 60 * (offset + 1)))
                #expect(outcome.change == .newSighting)
            }
            let linked = try await store.record(
                page(
                    "https://m4.example/4.html", source: "mirror-link", kind: .mirror,
                    body: "另一段镜像文字", original: Self.bureauURL, seconds: 600))
            #expect(linked.articleID == id)

            let detail = try #require(try await store.article(shortID: first.shortID))
            #expect(
                detail.sightings.map(\.match) == [.first, .exact, .near(distance: 3), .contained(share: 0.9375), .link])
        }
    }

    @Test(arguments: StoreKind.allCases)
    func sketchesComeBackWithTheFingerprints(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            var observation = page(Self.bureauURL, body: Self.body)
            let sketch: [UInt32] = [0, 7, 0x00AB_CDEF, UInt32.max - 1]
            observation.fingerprint.sketch = sketch
            _ = try await store.record(observation)
            let stored = try await store.fingerprints(after: nil, limit: 10)
            #expect(stored.map(\.fingerprint.sketch) == [sketch])
        }
    }
}
