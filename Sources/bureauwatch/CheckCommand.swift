import ArgumentParser
import WatchConfig

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Validate the config; errors name file:line:column.")
    @OptionGroup var options: ConfigOption

    func run() async throws {
        let config = try options.loadConfig()
        let bureaus = config.sources.filter { $0.kind == .bureau }.count
        print("\(config.file): ok — \(config.sources.count) sources (\(bureaus) bureau, "
            + "\(config.sources.count - bureaus) mirror), \(config.notify.count) webhooks")
        print("state: \(config.stateDir)")
        print("watch: \(config.watchDir)")
    }
}
