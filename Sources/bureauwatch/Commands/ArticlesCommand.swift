import ArgumentParser
import Foundation
import WatchCore
import WatchDedup

struct ArticlesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles", abstract: "List, show, diff, search and export stored articles.",
        subcommands: [List.self, Show.self, ArticlesDiffCommand.self, Search.self, ArticlesExportCommand.self])

    /// How many articles `list` and `search` print unless told otherwise.
    static let defaultLimit = 50

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The latest articles by publication date, newest first (undated ones last).")
        @OptionGroup var options: ConfigOption
        @OptionGroup var logging: LoggingOption
        @OptionGroup var filter: ArticleFilter
        @Option(name: .long, help: "How many.") var limit = ArticlesCommand.defaultLimit
        @Flag(name: .long, help: "Print JSON (bodies included).") var json = false

        func run() async throws {
            let store = try await StateAccess.openStore(try options.loadConfig(), logger: try logging.makeLogger())
            try ArticleListing.print(try await store.articles(matching: filter.query(limit: limit)), json: json)
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One article with every place it was seen.")
        @OptionGroup var options: ConfigOption
        @OptionGroup var logging: LoggingOption
        @Argument(help: "The article id (or a unique prefix of it).") var id: String
        @Option(name: .long, help: "Show this stored version's text instead of the current one.") var version: Int?
        @Flag(name: .long, help: "Print JSON.") var json = false

        func run() async throws {
            let store = try await StateAccess.openStore(try options.loadConfig(), logger: try logging.makeLogger())
            let detail = try await ArticleListing.detail(id, in: store)
            var shown: ArticleVersion?
            if let version {
                guard let found = detail.versions.first(where: { $0.number == version }) else {
                    let known = detail.versions.map { String($0.number) }.joined(separator: ", ")
                    try ArticleListing.fail(
                        "article \(detail.article.shortID) has no version \(version) (versions: \(known))")
                }
                shown = found
            }
            try ArticleListing.show(detail, version: shown, json: json)
        }
    }

    struct Search: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Full-text search over titles and bodies (exit 1 when nothing matches).")
        @OptionGroup var options: ConfigOption
        @OptionGroup var logging: LoggingOption
        @Argument(help: "The text to find (Chinese substrings match).") var text: String
        @Option(name: .long, help: "How many.") var limit = ArticlesCommand.defaultLimit
        @Flag(name: .long, help: "Print JSON (bodies included).") var json = false

        func run() async throws {
            let store = try await StateAccess.openStore(try options.loadConfig(), logger: try logging.makeLogger())
            // The store keeps the normalized (simplified) text: a traditional query is normalized
            // the same way, so 郵政 finds 邮政.
            let query = try Normalizer().normalize(text).display
            let found = try await store.search(query, limit: limit)
            if found.isEmpty && !json {
                FileHandle.standardError.write(Data("no article matches \"\(ControlCharacters.escaped(text))\"\n".utf8))
                throw ExitCode(1)
            }
            try ArticleListing.print(found, json: json)
            if found.isEmpty { throw ExitCode(1) }
        }
    }
}
