import ArgumentParser

/// The `bureauwatch` command tree, as fixed in DESIGN.md.
@main
struct Bureauwatch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bureauwatch",
        abstract: "Watches China's postal regulators and their mirrors; one record per article.",
        subcommands: [
            RunCommand.self, FetchCommand.self, CheckCommand.self, ExtractCommand.self,
            SourcesCommand.self, ArticlesCommand.self, NotifyCommand.self,
        ])
}
