import ArgumentParser
import Foundation
import Logging
import WatchConfig
import WatchCore

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
        print(
            "\(config.file): ok — \(Counted.text(config.sources.count, "source")) (\(bureaus) bureau, "
                + "\(config.sources.count - bureaus) mirror), \(Counted.text(config.notify.count, "webhook"))")
        print("state: \(config.stateDir)")
        print("watch: \(config.watchDir)")
        try await warnAboutOrphans(config)
    }

    /// Source ids stored articles point at that the config lost; only when a state exists, on
    /// either store (a read; `check` creates nothing). A PostgreSQL server out of reach is a
    /// warning: the config itself is valid, and `check` may run where the database is not.
    private func warnAboutOrphans(_ config: Config) async throws {
        let quiet = Logger(label: "bureauwatch.check") { _ in SwiftLogNoOpLogHandler() }
        let existing: (any Store)?
        do {
            existing = try await StoreOpening.existing(config, logger: quiet)
        } catch let failed as PostgresOpenFailed {
            FileHandle.standardError.write(Data("warning: lost source ids not looked for: \(failed)\n".utf8))
            return
        }
        guard let store = existing else { return }
        for warning in try await OrphanSources.warnings(store: store, config: config) {
            print("warning: \(warning)")
        }
    }
}
