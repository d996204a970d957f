import Foundation
import Logging
import PostgresTesting
import WatchCore
import WatchPostgres
import WatchStore
import WatchTesting

/// The stores the conformance suite runs against.
enum StoreKind: String, CaseIterable, CustomStringConvertible, Sendable {
    case sqlite
    case memory
    /// A database of its own on the test server (`PostgresTestDatabase`).
    case postgres

    /// PostgreSQL only when a server is configured, or under CI=true, where each of its cases
    /// then fails; otherwise `PostgresAvailabilityTests` reports the skip once, with the reason.
    static var allCases: [StoreKind] {
        PostgresTestDatabase.shouldRun ? [.sqlite, .memory, .postgres] : [.sqlite, .memory]
    }

    var description: String { rawValue }
}

/// A fresh store of one kind, with its temporary folder (SQLite) or database (PostgreSQL)
/// removed by `remove()`.
struct StoreFixture {
    let store: any Store
    let folder: URL?
    let database: PostgresTestDatabase?

    init(_ kind: StoreKind, clock: any WallClock = FixedClock()) async throws {
        switch kind {
        case .memory:
            (store, folder, database) = (InMemoryStore(clock: clock), nil, nil)
        case .sqlite:
            let folder = try Self.makeFolder()
            store = try SQLiteStore(
                path: folder.appendingPathComponent("state.sqlite").path, clock: clock,
                logger: quietLogger)
            (self.folder, database) = (folder, nil)
        case .postgres:
            let database = try await PostgresTestDatabase.make()
            do {
                store = try await PostgresStore.open(
                    client: database.client, clock: clock, daemonID: Self.daemonID, logger: quietLogger)
            } catch {
                database.remove()
                throw error
            }
            (folder, self.database) = (nil, database)
        }
    }

    /// The daemon a PostgreSQL fixture's store works for.
    static let daemonID = "daemon-a"

    /// Who a store of `kind` records as a source's last poller: only a shared store keeps it.
    static func pollerID(_ kind: StoreKind) -> String? { kind == .postgres ? daemonID : nil }

    static func makeFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bw-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    func remove() {
        if let folder { try? FileManager.default.removeItem(at: folder) }
        database?.remove()
    }
}

let quietLogger = Logger(label: "store-tests", factory: { _ in SwiftLogNoOpLogHandler() })

/// A clock that always says the same time.
struct FixedClock: WallClock {
    var now = Date(timeIntervalSince1970: 1_790_000_000)
}

/// A time `seconds` after the tests' epoch (whole seconds survive SQLite's REAL exactly).
func at(_ seconds: Int) -> Date { Date(timeIntervalSince1970: 1_790_000_000 + Double(seconds)) }

/// A stand-in SHA-256 hex for `text` (FNV-1a, four seeds): stable across runs, distinct per text.
func fakeSHA(_ text: String) -> String {
    (0..<4).map { (seed: UInt64) -> String in
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 &+ seed
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }.joined()
}

/// Outbox entries for an outcome's event, with a delivery id naming event and article.
@Sendable func announceToOps(_ outcome: RecordOutcome) -> [OutboxEntry] {
    guard let event = outcome.event else { return [] }
    return [
        OutboxEntry(
            deliveryID: "\(event.rawValue)-\(outcome.shortID)", event: event, webhookID: "ops",
            payload: Array(outcome.shortID.utf8), createdAt: at(0), nextAttemptAt: at(0))
    ]
}

/// One article page as the pipeline would hand it to the store.
func page(
    _ url: String, source: String = "gd-news", kind: SourceRole = .bureau, title: String = "关于开展邮政管理工作的通知",
    body: String, numbers: [String] = [], simhash: UInt64 = 0xF00D_0000_0000_0001,
    match: ArticleMatch = .new, original: String? = nil, seconds: Int = 0,
    itemsOnPage: Int = 1, validators: Validators? = nil
) -> PageObservation {
    let article = ExtractedArticle(
        url: url, title: title, published: at(-86_400), publisher: "广东省邮政管理局",
        paragraphs: body.components(separatedBy: "\n\n"),
        attachments: [Attachment(title: "附件1.docx", url: url + ".docx")],
        documentNumber: "粤邮管〔2026〕1号", originalURL: original)
    return PageObservation(
        sourceID: source, sourceKind: kind, article: article,
        fingerprint: ContentFingerprint(sha256: fakeSHA(body), simhash: simhash, numbers: numbers),
        match: match, fetchedAt: at(seconds), itemsOnPage: itemsOnPage, validators: validators, announce: announceToOps)
}
