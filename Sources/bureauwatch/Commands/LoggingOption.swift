import ArgumentParser
import Foundation
import Logging
import WatchDaemon

/// `--log-level`, else `$BUREAUWATCH_LOG_LEVEL`, else `info`. Only `main` makes loggers.
struct LoggingOption: ParsableArguments {
    @Option(
        name: .long,
        help: "trace, debug, info, notice, warning, error or critical (default: $BUREAUWATCH_LOG_LEVEL, then info).")
    var logLevel: String?

    /// Sets up swift-log once for the process and returns the root logger.
    func makeLogger() throws -> Logger {
        let text = logLevel ?? ProcessInfo.processInfo.environment["BUREAUWATCH_LOG_LEVEL"] ?? "info"
        guard let level = Logger.Level(rawValue: text.lowercased()) else {
            throw ValidationError(
                "unknown log level '\(text)'; use trace, debug, info, notice, warning, error or critical")
        }
        LoggingSystem.bootstrap { label in KeyValueLogHandler(label: label, level: level) }
        return Logger(label: "bureauwatch")
    }
}
