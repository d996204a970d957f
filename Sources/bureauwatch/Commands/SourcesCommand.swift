import ArgumentParser
import Foundation
import WatchCore

struct SourcesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources", abstract: "Each source's health, last success, last error and next poll.")
    @OptionGroup var options: ConfigOption
    @OptionGroup var logging: LoggingOption
    @Flag(name: .long, help: "Print JSON.") var json = false

    /// One source as `sources` shows it.
    struct Row: Encodable {
        let id, name, kind, url, health: String
        let consecutiveFailures: Int
        /// Article links robots.txt made the last poll skip.
        let robotsSkipped: Int
        let lastSuccess, lastError, lastErrorAt, nextPoll: String?
        /// The daemon that recorded the last poll, and the one polling now with its lease's
        /// expiry: kept by a shared (PostgreSQL) store only, nil on SQLite.
        let polledBy, leaseHolder, leaseExpires: String?
    }

    func run() async throws {
        let logger = try logging.makeLogger()
        let config = try options.loadConfig()
        let store = try await StateAccess.openStore(config, logger: logger)
        let statuses = Dictionary(
            try await store.sourceHealth().map { ($0.sourceID, $0) }, uniquingKeysWith: { a, _ in a })
        let rows = config.sources.map { source in Self.row(source, statuses[source.id]) }
        if json { return try StateAccess.printJSON(rows) }
        var header = ["source", "health", "last success", "next poll", "last error"]
        var table = rows.map { [$0.id, $0.health, $0.lastSuccess ?? "-", $0.nextPoll ?? "-", $0.lastError ?? ""] }
        // Only a shared store knows daemons: the column shows which one polls each source.
        if rows.contains(where: { $0.polledBy != nil || $0.leaseHolder != nil }) {
            header.insert("daemon", at: 4)
            for index in table.indices { table[index].insert(Self.daemonCell(rows[index]), at: 4) }
        }
        print(TextTable.format([header] + table))
    }

    /// The daemon polling the source now ("polling on X"), else the one that polled it last.
    static func daemonCell(_ row: Row) -> String {
        if let holder = row.leaseHolder { return "polling on \(holder)" }
        return row.polledBy ?? "-"
    }

    static func row(_ source: SourceConfig, _ status: SourceStatus?, now: Date = Date()) -> Row {
        let polled = status.flatMap { $0.wasPolled ? $0 : nil }
        let health =
            polled.map { $0.consecutiveFailures > 0 ? "failing (\($0.consecutiveFailures))" : "ok" } ?? "never polled"
        let error = status?.lastErrorKind.map { "\($0.rawValue): \(status?.lastErrorMessage ?? "")" }
        let lease = status?.lease.flatMap { $0.holds(at: now) ? $0 : nil }
        return Row(
            id: source.id, name: source.name, kind: source.kind.rawValue, url: SecretRedaction.redact(source.url),
            health: health,
            consecutiveFailures: status?.consecutiveFailures ?? 0,
            robotsSkipped: status?.robotsSkipped ?? 0,
            lastSuccess: status?.lastSuccess.map(StateAccess.format),
            lastError: error, lastErrorAt: status?.lastErrorAt.map(StateAccess.format),
            nextPoll: status?.nextDue.map(StateAccess.format), polledBy: status?.lastPolledBy,
            leaseHolder: lease?.holder, leaseExpires: lease.map { StateAccess.format($0.expiresAt) })
    }
}
