import ArgumentParser
import Foundation
import WatchCore
import WatchDeliver
import WatchFetch

struct NotifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notify", abstract: "Webhook tools: test one, see how deliveries stand, queue them again.",
        subcommands: [Test.self, NotifyStatusCommand.self, NotifyResendCommand.self])

    struct Test: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Send a test event to one webhook; exit 1 when the receiver refuses it.")
        @OptionGroup var options: ConfigOption
        @OptionGroup var logging: LoggingOption
        @Argument(help: "The webhook id from sources.yaml.") var id: String

        func run() async throws {
            let logger = try logging.makeLogger()
            let config = try options.loadConfig()
            let webhook = try NotifyCommand.webhook(id, in: config.notify, file: config.file)
            let resolved: WebhookConfig
            do {
                resolved = try webhook.resolved(in: ProcessInfo.processInfo.environment)
            } catch {
                FileHandle.standardError.write(Data("error: webhook \(id): \(error)\n".utf8))
                throw ExitCode(2)
            }
            let result = await sendTestEvent(to: resolved, via: CurlTransport(limits: .webhook, logger: logger))
            print("\(webhook.id) (\(webhook.format.rawValue)): \(result.status.map { "HTTP \($0)" } ?? "no answer")")
            if !result.body.isEmpty { print(SecretRedaction.redact(result.body)) }
            if case .refused(_, let message, _) = result.verdict { print("refused: \(message)") }
            if !result.succeeded { throw ExitCode(1) }
        }
    }

    /// The configured webhook with this id; an unknown id is a usage error.
    static func webhook(_ id: String, in webhooks: [WebhookConfig], file: String) throws -> WebhookConfig {
        guard let webhook = webhooks.first(where: { $0.id == id }) else {
            throw ValidationError("no webhook '\(id)' in \(file); known: \(webhooks.map(\.id).joined(separator: ", "))")
        }
        return webhook
    }
}
