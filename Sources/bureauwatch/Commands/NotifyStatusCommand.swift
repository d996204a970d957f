import ArgumentParser
import Foundation
import WatchCore

/// `notify status`: per webhook, what waits and how the last attempts went; then the entries
/// of webhooks that are no longer in the config. Reads only: needs no webhook secret.
struct NotifyStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Pending deliveries, failures and last success of each webhook.")
    @OptionGroup var options: ConfigOption
    @OptionGroup var logging: LoggingOption
    @Flag(name: .long, help: "Print JSON.") var json = false

    /// One webhook as `notify status` shows it.
    struct Row: Encodable {
        let id: String
        /// False for a webhook id the outbox knows but the config no longer has.
        let configured: Bool
        let format: String?
        let pending, abandoned: Int
        let oldestPending, failingSince, lastError, lastErrorAt, lastSuccess: String?
    }

    func run() async throws {
        let config = try options.loadConfig()
        let store = try await StateAccess.openStore(config, logger: try logging.makeLogger())
        let statuses = Dictionary(
            try await store.deliveryStatus().map { ($0.webhookID, $0) }, uniquingKeysWith: { a, _ in a })
        let configured = config.notify.map { Self.row($0.id, format: $0.format.rawValue, statuses[$0.id]) }
        let gone = statuses.keys.filter { id in !config.notify.contains { $0.id == id } }.sorted()
            .map { Self.row($0, format: nil, statuses[$0]) }
        if json { return try StateAccess.printJSON(configured + gone) }
        print(Self.table(configured))
        if !gone.isEmpty {
            print(
                "\nwebhooks no longer in \(config.file) (re-queue with 'notify resend --abandoned --from ID --webhook NEW'):"
            )
            print(Self.table(gone))
        }
    }

    static func row(_ id: String, format: String?, _ status: WebhookDeliveryStatus?) -> Row {
        Row(
            id: id, configured: format != nil, format: format, pending: status?.pending ?? 0,
            abandoned: status?.abandoned ?? 0, oldestPending: status?.oldestPending.map(StateAccess.format),
            failingSince: status?.failingSince.map(StateAccess.format),
            lastError: status?.lastError.map(SecretRedaction.redact),
            lastErrorAt: status?.lastErrorAt.map(StateAccess.format),
            lastSuccess: status?.lastSuccess.map(StateAccess.format))
    }

    static func table(_ rows: [Row]) -> String {
        let header = ["webhook", "pending", "abandoned", "failing since", "last success", "last error"]
        return TextTable.format(
            [header]
                + rows.map {
                    [
                        $0.id, "\($0.pending)", "\($0.abandoned)", $0.failingSince ?? "-", $0.lastSuccess ?? "-",
                        $0.lastError ?? "",
                    ]
                })
    }
}
