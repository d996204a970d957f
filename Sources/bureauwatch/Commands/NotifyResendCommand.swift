import ArgumentParser
import Foundation
import Logging
import WatchConfig
import WatchCore
import WatchDaemon
import WatchDeliver
import WatchFetch
import WatchPipeline
import WatchStore

/// `notify resend`: queues deliveries again, then sends them at once unless a daemon holds the
/// state folder (it sends them within seconds itself).
///
/// - `notify resend ARTICLE [--webhook ID]`: the article's current text as a new `article.new`
///   delivery (fresh id) to the webhook named, or to every webhook whose events and match want it.
/// - `notify resend --abandoned [--from OLD] [--webhook NEW]`: abandoned entries (given up after
///   a day of failures, or left behind when their webhook was renamed or removed), and the
///   waiting entries of a webhook no longer in the config, go back into the queue due now,
///   keeping their delivery ids: to their own webhook, or to NEW. Entries of a webhook no longer
///   in the config need `--webhook`; without it they stay, and the exit status is 1.
struct NotifyResendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resend", abstract: "Queue an article again, or re-queue abandoned deliveries.")
    @OptionGroup var options: ConfigOption
    @OptionGroup var logging: LoggingOption
    @Argument(help: "The article id (or a unique prefix of it).") var article: String?
    @Flag(name: .long, help: "Re-queue abandoned deliveries instead of an article.") var abandoned = false
    @Option(name: .long, help: "With --abandoned: only those of this webhook id (e.g. a renamed one's old id).")
    var from: String?
    @Option(name: .long, help: "Send to this webhook id.") var webhook: String?

    func validate() throws {
        guard (article != nil) != abandoned else {
            throw ValidationError("name an ARTICLE or give --abandoned (not both)")
        }
        if from != nil && !abandoned { throw ValidationError("--from goes with --abandoned") }
    }

    func run() async throws {
        let logger = try logging.makeLogger()
        let config = try options.loadConfig()
        let target = try webhook.map { try NotifyCommand.webhook($0, in: config.notify, file: config.file) }
        let store = try await StateAccess.openStore(config, logger: logger)
        let complete =
            if let article {
                try await queue(article, to: target, config: config, store: store)
            } else {
                try await requeueAbandoned(to: target, config: config, store: store)
            }
        try await sendIfNoDaemon(config: config, store: store, logger: logger)
        if !complete { throw ExitCode(1) }
    }

    private func queue(_ id: String, to target: WebhookConfig?, config: Config, store: any Store) async throws -> Bool {
        guard let detail = try await store.article(shortID: id) else {
            FileHandle.standardError.write(Data("error: no article with id \(id)\n".utf8))
            throw ExitCode(1)
        }
        let stored = detail.article
        let article = DeliveredArticle(
            stored, sourceName: config.source(stored.firstSourceID)?.name ?? stored.firstSourceID,
            mirrors: detail.mirrorURLs,
            fetched: detail.versions.last?.fetchedAt ?? stored.firstSeen)
        let recipients =
            target.map { [$0] }
            ?? WebhookRouter.recipients(of: .articleNew, article: article, among: config.notify)
        guard !recipients.isEmpty else {
            FileHandle.standardError.write(
                Data("error: no webhook wants article \(stored.shortID); name one with --webhook\n".utf8))
            throw ExitCode(1)
        }
        let path = "watch/" + (try WatchFolder(path: config.watchDir).fileName(for: article))
        try await store.enqueue(OutboxPlanner.resend(article, path: path, to: recipients, now: Date()))
        print("queued \(stored.shortID) for \(recipients.map(\.id).joined(separator: ", "))")
        return true
    }

    private func requeueAbandoned(to target: WebhookConfig?, config: Config, store: any Store) async throws -> Bool {
        let configured = Set(config.notify.map(\.id))
        var complete = true
        for status in try await store.deliveryStatus() where from == nil || status.webhookID == from {
            let gone = !configured.contains(status.webhookID)
            guard status.abandoned > 0 || (gone && status.pending > 0) else { continue }
            let destination = target?.id ?? status.webhookID
            guard configured.contains(destination) else {
                print(
                    "left \(status.abandoned + status.pending) of '\(status.webhookID)', which is no longer configured: "
                        + "add --from \(status.webhookID) --webhook NEW")
                complete = false
                continue
            }
            let count = try await store.requeue(webhookID: status.webhookID, to: destination, at: Date())
            print(
                "re-queued \(count) of '\(status.webhookID)'"
                    + (destination == status.webhookID ? "" : " for '\(destination)'"))
        }
        return complete
    }

    /// Sends what is due now when no daemon runs on this state folder (its lock is free).
    private func sendIfNoDaemon(config: Config, store: any Store, logger: Logger) async throws {
        let lock: InstanceLock
        do {
            lock = try InstanceLock(stateDir: config.stateDir)
        } catch {
            print("the running daemon sends them")
            return
        }
        let worker = DeliveryWorker(
            outbox: store, webhooks: config.notify,
            transport: CurlTransport(limits: .webhook, logger: logger), logger: logger)
        let report = try await worker.drain()
        print("deliveries: \(report.delivered) sent, \(report.retried) to retry, \(report.abandoned) abandoned")
        withExtendedLifetime(lock) {}
    }
}
