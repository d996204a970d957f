import Foundation
import PostgresTesting
import Testing
import WatchCore
import WatchStore

/// Recheck follows the stored pages' URLs: a source id renamed in the config hands its pages to
/// the configured source on the same site. Mirrors and stored source ids are read back.
@Suite struct RecheckScopeConformanceTests {
    static let oldPage = "http://gd.spb.gov.cn/art/2026/a.shtml"
    static let otherSite = "http://js.spb.gov.cn/art/2026/b.shtml"

    static func source(_ id: String, _ url: String) -> SourceConfig {
        SourceConfig(id: id, name: id, kind: .bureau, url: url)
    }

    @Test(arguments: StoreKind.allCases)
    func aRenamedSourceIDsPagesAreRecheckedByTheSourceOnTheirSite(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            _ = try await store.record(page(Self.oldPage, source: "gd-news", body: "广东局通知"))
            _ = try await store.record(page(Self.otherSite, source: "js-news", body: "江苏局通知"))
            // gd-news was renamed guangdong (two sources on gd.spb.gov.cn: the first one adopts).
            let config = [
                Self.source("guangdong", "http://gd.spb.gov.cn/xxgk/list.shtml"),
                Self.source("guangdong-2", "http://gd.spb.gov.cn/other/list.shtml"),
                Self.source("js-news", "http://js.spb.gov.cn/list.shtml"),
            ]

            let adopter = try await store.articlesDueForRecheck(
                config.recheckScope(for: config[0]), firstSeenAfter: at(-1))
            let second = try await store.articlesDueForRecheck(
                config.recheckScope(for: config[1]), firstSeenAfter: at(-1))
            let js = try await store.articlesDueForRecheck(config.recheckScope(for: config[2]), firstSeenAfter: at(-1))
            #expect(adopter == [Self.oldPage])
            #expect(second.isEmpty)
            #expect(js == [Self.otherSite])
            #expect(config.missingSourceIDs(try await store.sourceIDsWithArticles()) == ["gd-news"])

            // With the old id still configured its pages stay its own.
            let kept = config + [Self.source("gd-news", "http://gd.spb.gov.cn/old/list.shtml")]
            #expect(
                try await store.articlesDueForRecheck(kept.recheckScope(for: kept[0]), firstSeenAfter: at(-1)).isEmpty)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aMirrorSightingIsInTheOutcomesAndTheArticlesMirrors(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let bureau = try await store.record(page(Self.oldPage, body: "广东局通知"))
            #expect(bureau.mirrors.isEmpty)
            #expect(try await store.mirrors(of: [bureau.articleID]).isEmpty)
            let mirrorURL = "https://mirror.example/p/1.html"
            let sighting = try await store.record(
                page(
                    mirrorURL, source: "mirror-news", kind: .mirror, body: "广东局通知（转载）",
                    match: .sameAs(bureau.articleID), seconds: 60))
            #expect(sighting.change == .newSighting)
            #expect(sighting.mirrors == [mirrorURL])
            #expect(try await store.mirrors(of: [bureau.articleID]) == [bureau.articleID: [mirrorURL]])
        }
    }

    @Test func theSQLiteStoreRefusesToWriteWhenItsFileIsDeletedUnderIt() async throws {
        let folder = try StoreFixture.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("state.sqlite").path
        let store = try SQLiteStore(path: path, clock: FixedClock(), logger: quietLogger)
        _ = try await store.record(page(Self.oldPage, body: "广东局通知"))
        try await store.checkFile()

        try FileManager.default.removeItem(atPath: path)
        await #expect(throws: StoreError.fileReplaced(path: path)) { try await store.checkFile() }
        await #expect(throws: StoreError.fileReplaced(path: path)) {
            _ = try await store.record(page(Self.otherSite, body: "江苏局通知"))
        }
    }

    @Test func theSQLiteStoreRefusesToWriteWhenItsFileIsReplaced() async throws {
        let folder = try StoreFixture.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("state.sqlite").path
        let store = try SQLiteStore(path: path, clock: FixedClock(), logger: quietLogger)
        let replacement = folder.appendingPathComponent("restored.sqlite").path
        _ = try SQLiteStore(path: replacement, clock: FixedClock(), logger: quietLogger)
        #expect(rename(replacement, path) == 0)
        await #expect(throws: StoreError.fileReplaced(path: path)) {
            try await store.recordAlive(url: Self.oldPage, status: 304, at: at(0))
        }
    }

    /// On a shared store, the pages of a source some process is polling now are not orphans,
    /// whatever this daemon's config says: that poll may leave its 304s unrecorded, and a 404
    /// met by the adopter meanwhile would count as if nothing had answered between.
    @Test(.enabled(if: PostgresTestDatabase.shouldRun, PostgresTestDatabase.skipMessage))
    func aSourceBeingPolledIsNotAdoptedUntilItsLeaseEnds() async throws {
        try await StoreFixture.withStore(.postgres) { store in
            _ = try await store.record(page(Self.oldPage, source: "gd-news", body: "广东局通知"))
            let lease = SourceLeaseRequest(
                sourceID: "gd-news", kind: .bureau, expiresAt: Date().addingTimeInterval(86_400))
            #expect(try await store.claimSources([lease], now: Date()) == ["gd-news": .claimed])
            // This daemon's config no longer has gd-news (another config, or a rename under way).
            let config = [Self.source("guangdong", "http://gd.spb.gov.cn/xxgk/list.shtml")]
            let scope = config.recheckScope(for: config[0])

            #expect(try await store.articlesDueForRecheck(scope, firstSeenAfter: at(-1)).isEmpty)
            try await store.releaseSourceLeases()
            #expect(try await store.articlesDueForRecheck(scope, firstSeenAfter: at(-1)) == [Self.oldPage])
        }
    }
}
