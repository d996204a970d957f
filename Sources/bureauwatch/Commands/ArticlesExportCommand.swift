import ArgumentParser
import Foundation
import WatchCore

/// `articles export --format jsonl|csv`: every article (or the filtered ones) with its body, on
/// standard output, newest published first.
struct ArticlesExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Every stored article with its body, as JSON lines or CSV.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, csv
    }

    /// Rows read when no `--limit` is given: more than any state folder holds.
    static let unlimited = Int(Int32.max)

    @OptionGroup var options: ConfigOption
    @OptionGroup var logging: LoggingOption
    @OptionGroup var filter: ArticleFilter
    @Option(name: .long, help: "jsonl or csv.") var format: Format = .jsonl
    @Option(name: .long, help: "At most this many.") var limit: Int?

    func run() async throws {
        let store = try await StateAccess.openStore(try options.loadConfig(), logger: try logging.makeLogger())
        let articles = try await store.articles(matching: filter.query(limit: limit ?? Self.unlimited))
        switch format {
        case .jsonl:
            let encoder = StateAccess.jsonEncoder(pretty: false)
            for article in articles {
                print(
                    String(decoding: try encoder.encode(ArticleListing.Summary(article, withBody: true)), as: UTF8.self)
                )
            }
        case .csv:
            print(ExportCSV.header, terminator: ExportCSV.rowEnd)
            for article in articles { print(ExportCSV.row(article), terminator: ExportCSV.rowEnd) }
        }
    }
}
