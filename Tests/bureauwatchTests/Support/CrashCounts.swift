import Foundation
import WatchTesting

/// What the crash test finds after the last run: the store's articles (through
/// `bureauwatch articles list --json`), the watch folder's files, leftovers, deliveries.
struct CrashCounts {
    struct Listed: Decodable {
        let id: String
        let url: String
    }

    let storedURLs: [String]
    let watchFiles: [String]
    /// For each stored article's short id, how many watch files carry it.
    let filesPerStoredID: [String: Int]
    /// Temporary names (`.…` or `….tmp`) anywhere under the watch and state folders.
    let leftovers: [String]
    let deliveredURLs: Set<String>
    let totalDeliveries: Int
    let repeats: Int
    let articlesWithSeveralDeliveryIDs: [String]
    let deliveryIDsWithSeveralArticles: [String]

    init(folder: URL, config: URL, urls: Set<String>, deliveries: [DeliveryLog.Delivery]) throws {
        let run = try ChildProcess.run(
            CommandTreeTests.binary.path,
            ["articles", "list", "--json", "--limit", "100000", "--config", config.path])
        guard run.status == 0 else { throw CrashTestError(description: "articles list: \(run.errors)") }
        let listed = try JSONDecoder().decode([Listed].self, from: Data(run.output.utf8))
        storedURLs = listed.map(\.url)
        let watch = folder.appendingPathComponent("watch").path
        let files = try FileManager.default.contentsOfDirectory(atPath: watch).filter { $0.hasSuffix(".md") }
        watchFiles = files
        filesPerStoredID = Dictionary(
            uniqueKeysWithValues: listed.map { article in
                (article.id, files.filter { $0.hasSuffix("_\(article.id).md") }.count)
            })
        leftovers = ["watch", "state"].flatMap { Self.temporaryNames(under: folder.appendingPathComponent($0).path) }
        let new = deliveries.filter { $0.event == "article.new" }
        deliveredURLs = Set(new.map(\.articleURL))
        totalDeliveries = deliveries.count
        repeats = new.count - Set(new.map(\.id)).count
        articlesWithSeveralDeliveryIDs = Dictionary(grouping: new, by: \.articleURL)
            .filter { Set($0.value.map(\.id)).count > 1 }.keys.sorted()
        deliveryIDsWithSeveralArticles = Dictionary(grouping: new, by: \.id)
            .filter { Set($0.value.map(\.articleURL)).count > 1 }.keys.sorted()
    }

    static func temporaryNames(under root: String) -> [String] {
        let names = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        return names.filter { path in
            let name = (path as NSString).lastPathComponent
            return name.hasPrefix(".") || name.hasSuffix(".tmp") || name.hasSuffix("-journal")
        }
    }

    var summary: String {
        "\(storedURLs.count) articles stored (\(Set(storedURLs).count) distinct URLs), "
            + "\(watchFiles.count) watch files, \(leftovers.count) temporary files left, "
            + "\(totalDeliveries) deliveries, \(deliveredURLs.count) articles with article.new, "
            + "\(repeats) repeats (all with their first delivery id: \(articlesWithSeveralDeliveryIDs.isEmpty))"
    }
}
