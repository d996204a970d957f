import Foundation
import Testing
import WatchCore

/// A new text becomes a version only when two polls in a row see it, and at most
/// `StoreRules.maxVersionsPerDay` a day.
@Suite struct ChangeConfirmationConformanceTests {
    static let url = "http://gd.spb.gov.cn/art/2026/notice.shtml"
    static let body = "广东省邮政管理局召开全省寄递安全工作会议，部署年末旺季寄递安全工作。"

    @Test(arguments: StoreKind.allCases)
    func aTokenThatChangesOnEveryPollNeverMakesAVersion(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let first = try await store.record(page(Self.url, body: Self.body))
            for poll in 1...4 {
                let tokened = try await store.record(
                    page(
                        Self.url, body: Self.body + "\n\n校验码 a\(poll)f\(poll * 7)",
                        seconds: poll * 600))
                #expect(tokened.change == .unchanged)
            }
            let detail = try #require(try await store.article(shortID: first.shortID))
            #expect(detail.versions.map(\.number) == [1])
            #expect(detail.article.body == Self.body)
            #expect(try await store.dueDeliveries(now: at(0), limit: 10).map(\.event) == [.articleNew])
            // Only texts that made a version feed the dedup index: no token text is remembered.
            #expect(
                try await store.fingerprints(after: nil, limit: 10).map(\.fingerprint.sha256) == [fakeSHA(Self.body)])
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aGlitchBetweenTwoSightingsOfTheOldTextIsForgotten(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let glitch = Self.body + "\n\n（系统维护中）"
            _ = try await store.record(page(Self.url, body: Self.body))
            #expect(try await store.record(page(Self.url, body: glitch, seconds: 600)).change == .unchanged)
            #expect(try await store.record(page(Self.url, body: Self.body, seconds: 1_200)).change == .unchanged)
            // The glitch again: its earlier sighting was not the poll before, so it only waits again.
            #expect(try await store.record(page(Self.url, body: glitch, seconds: 1_800)).change == .unchanged)
            #expect(try await store.record(page(Self.url, body: glitch, seconds: 2_400)).change == .newVersion(2))
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aCandidateTextKeepsTheOldValidatorsSoTheNextPollReadsThePageAgain(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let old = Validators(etag: "\"v1\"", lastModified: nil)
            let new = Validators(etag: "\"v2\"", lastModified: nil)
            let edited = Self.body + "\n\n（更正）"
            _ = try await store.record(page(Self.url, body: Self.body, validators: old))
            _ = try await store.record(page(Self.url, body: edited, seconds: 600, validators: new))
            #expect(try await store.validators(for: Self.url) == old)
            let confirmed = try await store.record(page(Self.url, body: edited, seconds: 1_200, validators: new))
            #expect(confirmed.change == .newVersion(2))
            #expect(try await store.validators(for: Self.url) == new)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func versionsAreCappedPerDayAndTheWaitingTextLandsWhenTheDayHasRoom(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let first = try await store.record(page(Self.url, body: Self.body))
            var changes: [RecordOutcome.Change] = []
            var capped: [Bool] = []
            for edit in 1...(StoreRules.maxVersionsPerDay + 1) {
                let text = Self.body + "\n\n第\(edit)次更正"
                _ = try await store.record(page(Self.url, body: text, seconds: edit * 1_000))
                let confirmed = try await store.record(page(Self.url, body: text, seconds: edit * 1_000 + 500))
                changes.append(confirmed.change)
                capped.append(confirmed.versionCapped)
            }
            #expect(changes == (2...(StoreRules.maxVersionsPerDay + 1)).map { .newVersion($0) } + [.unchanged])
            #expect(capped == Array(repeating: false, count: StoreRules.maxVersionsPerDay) + [true])

            let nextDay = Int(StoreRules.versionCapWindow) + 10_000
            let last = Self.body + "\n\n第\(StoreRules.maxVersionsPerDay + 1)次更正"
            let later = try await store.record(page(Self.url, body: last, seconds: nextDay))
            #expect(later.change == .newVersion(StoreRules.maxVersionsPerDay + 2))
            #expect(try await store.article(shortID: first.shortID)?.article.body == last)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aRemovedArticleSeenAgainAtItsURLIsRestored(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let first = try await store.record(page(Self.url, body: Self.body))
            try await removeByTwoGoneAnswers(Self.url, store: store)
            #expect(try await store.article(id: first.articleID)?.removedAt != nil)
            #expect(try await store.article(id: first.articleID)?.restoredAt == nil)

            let again = try await store.record(page(Self.url, body: Self.body, seconds: 3_000))
            #expect(again.change == .restored(version: nil))
            #expect(again.article.restoredAt == at(3_000))
            #expect(again.article.removedAt == nil)
            #expect(again.event == .articleRestored)
            #expect(again.articleID == first.articleID)
            #expect(again.article.removed == false)
            #expect(try await store.article(id: first.articleID)?.removed == false)
            #expect(
                try await store.dueDeliveries(now: at(0), limit: 10).map(\.event)
                    == [.articleNew, .articleRemoved, .articleRestored])
            #expect(try await store.record(page(Self.url, body: Self.body, seconds: 4_000)).change == .unchanged)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aRestoredArticleWithAChangedTextGetsAVersion(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let first = try await store.record(page(Self.url, body: Self.body))
            try await removeByTwoGoneAnswers(Self.url, store: store)
            let edited = Self.body + "\n\n（修订后重新发布）"

            let again = try await store.record(page(Self.url, body: edited, seconds: 3_000))
            #expect(again.change == .restored(version: 2))
            #expect(again.article.body == edited)
            #expect(try await store.article(shortID: first.shortID)?.versions.map(\.number) == [1, 2])
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aRemovedArticleRepublishedAtANewURLIsRestoredThere(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let first = try await store.record(page(Self.url, body: Self.body))
            try await removeByTwoGoneAnswers(Self.url, store: store)
            let newURL = "http://gd.spb.gov.cn/art/2026/notice-republished.shtml"

            let again = try await store.record(
                page(newURL, body: Self.body, match: .sameAs(first.articleID), seconds: 3_000))
            #expect(again.change == .restored(version: nil))
            #expect(again.articleID == first.articleID)
            #expect(again.article.canonicalURL == newURL, "the live page is the republished one")
            #expect(try await store.article(shortID: first.shortID)?.sightings.map(\.url) == [Self.url, newURL])
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aMirrorStillServingItsCopyDoesNotRestoreARemovedArticle(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let mirror = "https://mirror.example/p/7.html"
            let first = try await store.record(page(Self.url, body: Self.body))
            _ = try await store.record(
                page(
                    mirror, source: "mirror-news", kind: .mirror, body: Self.body + "（转载）",
                    match: .sameAs(first.articleID), seconds: 60))
            let removal = try await removeByTwoGoneAnswers(Self.url, store: store)
            #expect(removal.removed.map(\.mirrors) == [[mirror]], "the removal's payload names the mirrors")
            #expect(try await store.article(id: first.articleID)?.removed == true)

            let copy = try await store.record(
                page(
                    mirror, source: "mirror-news", kind: .mirror, body: Self.body + "（转载）",
                    match: .sameAs(first.articleID), seconds: 3_000))
            #expect(copy.change == .unchanged)
            #expect(try await store.article(id: first.articleID)?.removed == true)
            let lateCopy = try await store.record(
                page(
                    "https://mirror.example/p/8.html", source: "mirror-news", kind: .mirror,
                    body: Self.body, match: .sameAs(first.articleID), seconds: 3_100))
            #expect(lateCopy.change == .newSighting)
            #expect(try await store.article(id: first.articleID)?.removed == true)
        }
    }

    @discardableResult
    private func removeByTwoGoneAnswers(_ url: String, store: any Store) async throws -> RemovalOutcome {
        var outcome = RemovalOutcome(consecutiveGone: 0)
        for second in [1_000, 2_000] {
            outcome = try await store.recordGone(
                url: url, status: 404, at: at(second),
                announce: RemovalAndRecheckConformanceTests.announceRemoval)
        }
        #expect(try await store.articlesDueForRecheck(sourceID: "gd-news", firstSeenAfter: at(-1)) == [url])
        return outcome
    }
}
