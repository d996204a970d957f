import ArgumentParser

struct ArticlesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles", abstract: "List, show and search stored articles.",
        subcommands: [List.self, Show.self, Search.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The latest articles.")
        @OptionGroup var options: ConfigOption
        @Flag(name: .long, help: "Print JSON.") var json = false
        func run() async throws { try NotYetImplemented.fail("articles list") }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One article with every place it was seen.")
        @OptionGroup var options: ConfigOption
        @Argument(help: "The article id.") var id: String
        @Flag(name: .long, help: "Print JSON.") var json = false
        func run() async throws { try NotYetImplemented.fail("articles show") }
    }

    struct Search: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Full-text search over titles and bodies.")
        @OptionGroup var options: ConfigOption
        @Argument(help: "The text to find.") var text: String
        @Flag(name: .long, help: "Print JSON.") var json = false
        func run() async throws { try NotYetImplemented.fail("articles search") }
    }
}
