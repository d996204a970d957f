import ArgumentParser
import Foundation
import WatchCore
import WatchDedup

struct ArticlesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles", abstract: "List, show and search stored articles.",
        subcommands: [List.self, Show.self, Search.self])

    /// How many articles `list` and `search` print unless told otherwise.
    static let defaultLimit = 50

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The latest articles.")
        @OptionGroup var options: ConfigOption
        @OptionGroup var logging: LoggingOption
        @Option(name: .long, help: "How many.") var limit = ArticlesCommand.defaultLimit
        @Flag(name: .long, help: "Print JSON.") var json = false

        func run() async throws {
            let store = try StateAccess.openStore(try options.loadConfig(), logger: try logging.makeLogger())
            try ArticleListing.print(try await store.latestArticles(limit: limit), json: json)
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One article with every place it was seen.")
        @OptionGroup var options: ConfigOption
        @OptionGroup var logging: LoggingOption
        @Argument(help: "The article id (or a unique prefix of it).") var id: String
        @Flag(name: .long, help: "Print JSON.") var json = false

        func run() async throws {
            let store = try StateAccess.openStore(try options.loadConfig(), logger: try logging.makeLogger())
            guard let detail = try await store.article(shortID: id) else {
                FileHandle.standardError.write(Data("error: no article with id \(id)\n".utf8))
                throw ExitCode(1)
            }
            try ArticleListing.show(detail, json: json)
        }
    }

    struct Search: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Full-text search over titles and bodies.")
        @OptionGroup var options: ConfigOption
        @OptionGroup var logging: LoggingOption
        @Argument(help: "The text to find (Chinese substrings match).") var text: String
        @Option(name: .long, help: "How many.") var limit = ArticlesCommand.defaultLimit
        @Flag(name: .long, help: "Print JSON.") var json = false

        func run() async throws {
            let store = try StateAccess.openStore(try options.loadConfig(), logger: try logging.makeLogger())
            // The store keeps the normalized (simplified) text: a traditional query is normalized
            // the same way, so 郵政 finds 邮政.
            let query = try Normalizer().normalize(text).display
            try ArticleListing.print(try await store.search(query, limit: limit), json: json)
        }
    }
}
