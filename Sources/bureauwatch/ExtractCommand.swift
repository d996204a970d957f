import ArgumentParser

struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract", abstract: "Show what the extractor takes from one page (URL or file).")
    @OptionGroup var options: ConfigOption
    @Argument(help: "A URL or a file path.") var page: String
    @Option(name: .customLong("source"), help: "Use this source's selectors and encoding.") var source: String?
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() async throws { try NotYetImplemented.fail("extract") }
}
