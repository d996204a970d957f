import Foundation
import WatchTesting

/// What the multi-daemon crash test finds at the end, each as the URLs or ids it went wrong
/// for: records (`bureauwatch articles list --json`), watch files in the shared folder, and
/// `article.new` deliveries per webhook counted by distinct delivery id (a retry keeps its id).
struct FleetCounts {
    let stored: [CrashCounts.Listed]
    /// Published URLs with no record, and URLs with several.
    let unrecorded: [String]
    let recordedTwice: [String]
    let watchFiles: Int
    /// Stored articles' short ids with no watch file or several.
    let filesNotOne: [String: Int]
    /// Per webhook: published URLs whose `article.new` came under no delivery id, or several.
    let undelivered: [String: [String]]
    let deliveredTwice: [String: [String]]
    let deliveries: Int
    /// Per webhook: `article.new` requests that repeated a delivery id already received (a
    /// resend after a kill, or two daemons sending one entry).
    let repeats: [String: Int]

    init(config: URL, watch: URL, published: Set<String>, deliveries: [DeliveryLog.Delivery], webhooks: [String])
        throws
    {
        let run = try ChildProcess.run(
            CommandTreeTests.binary.path, ["articles", "list", "--json", "--limit", "100000", "--config", config.path])
        guard run.status == 0 else { throw CrashTestError(description: "articles list: \(run.errors)") }
        stored = try JSONDecoder().decode([CrashCounts.Listed].self, from: Data(run.output.utf8))
        let records = Dictionary(grouping: stored, by: \.url).mapValues(\.count)
        unrecorded = published.filter { records[$0] == nil }.sorted()
        recordedTwice = records.filter { $0.value > 1 }.keys.sorted()
        let files = try FileManager.default.contentsOfDirectory(atPath: watch.path).filter { $0.hasSuffix(".md") }
        watchFiles = files.count
        var perID: [String: Int] = [:]
        for article in stored { perID[article.id] = files.count { $0.hasSuffix("_\(article.id).md") } }
        filesNotOne = perID.filter { $0.value != 1 }
        self.deliveries = deliveries.count
        var undelivered: [String: [String]] = [:]
        var deliveredTwice: [String: [String]] = [:]
        var repeats: [String: Int] = [:]
        for hook in webhooks {
            let new = deliveries.filter { $0.event == "article.new" && $0.webhook == "/\(hook)" }
            let ids = Dictionary(grouping: new, by: \.articleURL).mapValues { Set($0.map(\.id)).count }
            undelivered[hook] = published.filter { ids[$0] == nil }.sorted()
            deliveredTwice[hook] = ids.filter { $0.value > 1 }.keys.sorted()
            repeats[hook] = new.count - Set(new.map(\.id)).count
        }
        self.repeats = repeats
        self.undelivered = undelivered
        self.deliveredTwice = deliveredTwice
    }

    var summary: String {
        let hooks = undelivered.keys.sorted().map { hook in
            "\(hook): \(undelivered[hook]?.count ?? 0) missing, \(deliveredTwice[hook]?.count ?? 0) under several ids, "
                + "\(repeats[hook] ?? 0) repeats of one id"
        }
        return "\(stored.count) records (\(unrecorded.count) published articles unrecorded, \(recordedTwice.count) "
            + "recorded more than once), \(watchFiles) watch files (\(filesNotOne.count) articles without exactly one), "
            + "\(deliveries) deliveries (\(hooks.joined(separator: "; ")))"
    }
}
