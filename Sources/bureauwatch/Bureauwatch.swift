import ArgumentParser
import Foundation

/// The `bureauwatch` command tree, as fixed in DESIGN.md.
@main
struct Bureauwatch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bureauwatch",
        abstract: "Watches China's postal regulators and their mirrors; one record per article.",
        version: VersionReport.text,
        subcommands: [
            RunCommand.self, FetchCommand.self, CheckCommand.self, ExtractCommand.self,
            SourcesCommand.self, ArticlesCommand.self, NotifyCommand.self, StateCommand.self,
        ])

    /// Parses and runs the command, mapping ArgumentParser's usage failures (64) to DESIGN.md's
    /// exit status 2 for bad usage.
    static func main() async {
        MallocArenas.limit()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            guard code == .validationFailure else { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
