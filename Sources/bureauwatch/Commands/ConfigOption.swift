import ArgumentParser
import Foundation
import WatchConfig

/// `--config F`, defaulting to `$BUREAUWATCH_CONFIG`, then `./sources.yaml`.
struct ConfigOption: ParsableArguments {
    @Option(name: .long, help: "The sources.yaml to use (default: $BUREAUWATCH_CONFIG, then ./sources.yaml).")
    var config: String?

    /// The loaded config; a bad one is reported on stderr and ends the command with exit 2.
    func loadConfig() throws -> Config {
        let path = ConfigLoader.path(option: config)
        do {
            return try ConfigLoader.compilingSelectors().load(path: path)
        } catch let error as ConfigError {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            if error.line == 0 && !FileManager.default.fileExists(atPath: path) {
                let hint =
                    "hint: name the config with --config FILE or $BUREAUWATCH_CONFIG"
                    + " (the default is ./sources.yaml in the current folder)\n"
                FileHandle.standardError.write(Data(hint.utf8))
            }
            throw ExitCode(2)
        }
    }
}
