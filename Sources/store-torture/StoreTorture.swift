// The crash test's victim: records synthetic pages into a store, one transaction each, and says
// so on stdout after every commit, so a test can SIGKILL it at a known point.
//
//   store-torture DATABASE PAGES [--hold-at N]
//
// `--hold-at N` stops inside page N's transaction (after its rows are written, before COMMIT),
// prints `holding N` and waits forever: a kill then lands mid-transaction for certain.
import Foundation
import Logging
import WatchCore
import WatchStore
import WatchTesting

@main
struct StoreTorture {
    static func main() async {
        let arguments = CommandLine.arguments
        guard arguments.count >= 3, let pages = Int(arguments[2]) else {
            FileHandle.standardError.write(Data("usage: store-torture DATABASE PAGES [--hold-at N]\n".utf8))
            exit(2)
        }
        let holdAt = arguments.firstIndex(of: "--hold-at")
            .flatMap { arguments.indices.contains($0 + 1) ? Int(arguments[$0 + 1]) : nil }
        do {
            try await run(database: arguments[1], pages: pages, holdAt: holdAt)
        } catch {
            FileHandle.standardError.write(Data("store-torture: \(error)\n".utf8))
            exit(1)
        }
    }

    static func run(database: String, pages: Int, holdAt: Int?) async throws {
        let store = try SQLiteStore(
            path: database,
            logger: Logger(label: "store-torture", factory: { _ in SwiftLogNoOpLogHandler() }))
        let start = Date(timeIntervalSince1970: 1_790_000_000)
        say("ready")
        for page in 1...max(1, pages) {
            let at = start.addingTimeInterval(Double(page))
            let hold = page == holdAt
            let observation = SyntheticPages.observation(
                page: page, at: at,
                announce: { outcome in
                    announce(outcome, page: page, at: at, hold: hold)
                })
            _ = try await store.record(observation)
            say("committed \(page)")
        }
        say("done")
    }

    /// Runs inside the page's transaction: the article.new delivery, or the hold.
    static func announce(_ outcome: RecordOutcome, page: Int, at: Date, hold: Bool) -> [OutboxEntry] {
        if hold {
            say("holding \(page)")
            while true { sleep(60) }
        }
        guard outcome.event == .articleNew else { return [] }
        return [
            OutboxEntry(
                deliveryID: "new-\(outcome.shortID)-ops", event: .articleNew, webhookID: "ops",
                payload: Array("{\"id\":\"\(outcome.shortID)\"}".utf8), createdAt: at, nextAttemptAt: at)
        ]
    }

    /// Unbuffered write(2): the test reads each line as soon as the commit is done.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
