import ArgumentParser
import Foundation
import WatchConfig

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Validate the config; errors name file:line:column.")
    @OptionGroup var options: ConfigOption

    func run() async throws {
        let config = try options.loadConfig()
        // Other commands resolve a webhook's ${VAR} only when they use the webhook; `check` is
        // where a missing one must show, located like any other config error.
        if !config.unsetVariables.isEmpty {
            for error in config.unsetVariables {
                FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            }
            throw ExitCode(2)
        }
        let bureaus = config.sources.filter { $0.kind == .bureau }.count
        print("\(config.file): ok — \(config.sources.count) sources (\(bureaus) bureau, "
            + "\(config.sources.count - bureaus) mirror), \(config.notify.count) webhooks")
        print("state: \(config.stateDir)")
        print("watch: \(config.watchDir)")
    }
}
