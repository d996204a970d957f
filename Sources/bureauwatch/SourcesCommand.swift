import ArgumentParser

struct SourcesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources", abstract: "Each source's health, last success, last error and next poll.")
    @OptionGroup var options: ConfigOption
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() async throws { try NotYetImplemented.fail("sources") }
}
