import Foundation
import WatchCore

/// An SQLite state with one of everything `state migrate` copies: versions, mirror sightings
/// with evidence, fingerprints with sketches, a removed article, validators, outbox entries
/// pending, delivered and abandoned, a failing source and one with robots.txt skips.
enum MigrationSample {
    static let bureauURL = "http://gd.spb.gov.cn/art/2026/notice.shtml"
    static let mirrorURL = "https://mirror.example/p/7.html"
    static let goneURL = "http://gd.spb.gov.cn/art/2026/gone.shtml"
    static let listURL = "http://gd.spb.gov.cn/list.shtml"
    static let body = "广东省邮政管理局召开全省寄递安全工作会议，部署年末旺季寄递安全工作。"
    static let revised = body + "\n\n（更正：会议时间为十月二十七日）"
    /// Hashes with the top bit set and zero: each must survive the `int4` bit pattern.
    static let sketch: [UInt32] = [0, 1, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF, 0xDEAD_BEEF]

    /// Fills `store`; returns the short ids of the articles made.
    static func fill(_ store: any Store) async throws -> [String] {
        // Numbers that are empty, read "NULL" or hold an array literal's and COPY's special
        // characters, and a body with tabs, backslashes and line ends, come back as they were.
        let first = try await store.record(
            observation(
                bureauURL, body: body, numbers: ["2026", "1", "", "NULL", #"a"b\c{,}"#], sketch: sketch,
                validators: Validators(etag: "\"v1\"", lastModified: "Tue, 27 Oct 2026 08:00:00 GMT")))
        for seconds in [600, 1_200] {
            _ = try await store.record(observation(bureauURL, body: revised, seconds: seconds))
        }
        _ = try await store.record(
            observation(
                mirrorURL, source: "mirror-news", kind: .mirror, body: body + "（转载）",
                match: .sameAs(first.articleID, how: .near(distance: 3)), seconds: 60))
        let gone = try await store.record(
            observation(goneURL, body: "另一篇通知：快递市场监管工作安排。\t路径 C:\\temp\\n 与\r\n「引号」\"\\N", seconds: 30))
        for seconds in [1_000, 2_000] {
            _ = try await store.recordGone(url: goneURL, status: 404, at: at(seconds), announce: announceRemoval)
        }
        let mirrored = try await store.record(
            observation(
                "https://kuaidi.example/2026/88.html", source: "mirror-news", kind: .mirror,
                body: "镜像首发的通知正文，附件有两个。", sketch: [], original: "http://gd.spb.gov.cn/art/88.shtml",
                seconds: 90))
        try await store.saveValidators(
            Validators(etag: nil, lastModified: "Mon, 26 Oct 2026 00:00:00 GMT"), for: listURL)
        try await fillSources(store)
        try await fillOutbox(store, shortIDs: [first.shortID, gone.shortID, mirrored.shortID])
        return [first.shortID, gone.shortID, mirrored.shortID]
    }

    static func fillSources(_ store: any Store) async throws {
        let timeout = FetchError(kind: .timeout, url: listURL, message: "no answer in 20 s")
        for seconds in [10, 70] {
            try await store.recordPollFailure(
                sourceID: "gd-news", kind: .bureau, error: timeout, at: at(seconds), nextDue: at(seconds + 60))
        }
        try await store.recordPollSuccess(sourceID: "mirror-news", kind: .mirror, at: at(5), nextDue: at(605))
        try await store.recordRobotsSkipped(sourceID: "mirror-news", kind: .mirror, count: 4)
    }

    /// `article.new` entries exist for each article and an `article.updated` and `article.removed` one
    /// (`announceToOps`, `announceRemoval`); one `article.new` is delivered, one
    /// abandoned, one retried later, and the removal's entry waits.
    static func fillOutbox(_ store: any Store, shortIDs: [String]) async throws {
        try await store.markDelivered(deliveryID: "article.new-\(shortIDs[0])", at: at(100))
        try await store.markFailed(deliveryID: "article.new-\(shortIDs[1])", error: "HTTP 410", nextAttemptAt: nil)
        try await store.markFailed(deliveryID: "article.new-\(shortIDs[2])", error: "HTTP 502", nextAttemptAt: at(300))
        try await store.enqueue([
            OutboxEntry(
                deliveryID: "late", event: .articleUpdated, webhookID: "chat", payload: [0, 0xFF, 0x7B],
                createdAt: at(0), nextAttemptAt: at(0))
        ])
    }

    @Sendable static func announceRemoval(_ removed: RemovedArticle) -> [OutboxEntry] {
        [
            OutboxEntry(
                deliveryID: "article.removed-\(removed.shortID)", event: .articleRemoved, webhookID: "ops",
                payload: Array(removed.shortID.utf8), createdAt: at(0), nextAttemptAt: at(0))
        ]
    }

    /// `page(…)` with a containment sketch.
    static func observation(
        _ url: String, source: String = "gd-news", kind: SourceRole = .bureau, body: String,
        numbers: [String] = ["2026"], sketch: [UInt32] = [7, 0x9000_0001], match: ArticleMatch = .new,
        original: String? = nil, seconds: Int = 0, validators: Validators? = nil
    ) -> PageObservation {
        var observation = page(
            url, source: source, kind: kind, body: body, numbers: numbers, match: match, original: original,
            seconds: seconds, validators: validators)
        observation.fingerprint = ContentFingerprint(
            sha256: fakeSHA(body), simhash: observation.fingerprint.simhash, numbers: numbers, sketch: sketch)
        return observation
    }
}
