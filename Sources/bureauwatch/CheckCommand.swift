import ArgumentParser
import WatchConfig

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Validate the config; errors name file:line:column.")
    @OptionGroup var options: ConfigOption

    func run() async throws {
        let config = try options.loadConfig()
        let bureaus = config.sources.filter { $0.kind == .bureau }.count
        print("\(config.file): ok — \(Counted.text(config.sources.count, "source")) (\(bureaus) bureau, "
            + "\(config.sources.count - bureaus) mirror), \(Counted.text(config.notify.count, "webhook"))")
        print("state: \(config.stateDir)")
        print("watch: \(config.watchDir)")
    }
}
