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

func say(_ line: String) {
    // Unbuffered write(2): the test reads each line as soon as the commit is done.
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

let arguments = CommandLine.arguments
guard arguments.count >= 3, let pages = Int(arguments[2]) else {
    FileHandle.standardError.write(Data("usage: store-torture DATABASE PAGES [--hold-at N]\n".utf8))
    exit(2)
}
let holdAt = arguments.firstIndex(of: "--hold-at").flatMap { arguments.indices.contains($0 + 1) ? Int(arguments[$0 + 1]) : nil }

do {
    let store = try SQLiteStore(path: arguments[1], logger: Logger(label: "store-torture", factory: { _ in SwiftLogNoOpLogHandler() }))
    let start = Date(timeIntervalSince1970: 1_790_000_000)
    say("ready")
    for page in 1...max(1, pages) {
        let at = start.addingTimeInterval(Double(page))
        let observation = SyntheticPages.observation(page: page, at: at) { outcome in
            if page == holdAt {
                say("holding \(page)")
                while true { sleep(60) }
            }
            guard outcome.event == .articleNew else { return [] }
            return [OutboxEntry(deliveryID: "new-\(outcome.shortID)-ops", event: .articleNew, webhookID: "ops",
                                payload: Array("{\"id\":\"\(outcome.shortID)\"}".utf8), createdAt: at, nextAttemptAt: at)]
        }
        _ = try await store.record(observation)
        say("committed \(page)")
    }
    say("done")
} catch {
    FileHandle.standardError.write(Data("store-torture: \(error)\n".utf8))
    exit(1)
}
