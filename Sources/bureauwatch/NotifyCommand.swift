import ArgumentParser
import Foundation
import WatchDeliver
import WatchFetch

struct NotifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notify", abstract: "Webhook tools.", subcommands: [Test.self])

    struct Test: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Send a sample event to one webhook and print the answer.")
        @OptionGroup var options: ConfigOption
        @OptionGroup var logging: LoggingOption
        @Argument(help: "The webhook id from sources.yaml.") var id: String

        func run() async throws {
            let logger = try logging.makeLogger()
            let config = try options.loadConfig()
            guard let webhook = config.notify.first(where: { $0.id == id }) else {
                throw ValidationError("no webhook '\(id)' in \(config.file); known: \(config.notify.map(\.id).joined(separator: ", "))")
            }
            let result = await sendTestEvent(to: webhook, via: CurlTransport(logger: logger))
            print("\(webhook.id) (\(webhook.format.rawValue)): \(result.status.map { "HTTP \($0)" } ?? "no answer")")
            if !result.body.isEmpty { print(result.body) }
            if !result.succeeded { throw ExitCode(1) }
        }
    }
}
