import Foundation
import Logging
import WatchCore

/// Sends the outbox: every due entry, rendered for its webhook's format, POSTed through the
/// `Transport`; 2xx leaves the outbox, anything else is retried per `RetryPolicy`. All state
/// lives in the outbox, so a restarted worker picks up where the last one stopped.
public actor DeliveryWorker {
    private let outbox: any OutboxStore
    private let transport: any Transport
    private let clock: any WallClock
    private let policy: RetryPolicy
    private let builder: WebhookRequestBuilder
    private let logger: Logger
    private var webhooks: [String: WebhookConfig]
    /// Since the worker started, for metrics.
    public private(set) var totals = DeliveryReport()
    /// An actor is re-entered at every `await`: without this a second drain (the loop and a
    /// manual one) would send an entry the first is still waiting on, a duplicate delivery.
    private var draining = false

    /// Entries read from the outbox per query.
    public static let batchSize = 50

    public init(outbox: any OutboxStore, webhooks: [WebhookConfig], transport: any Transport,
                clock: any WallClock = SystemClock(), policy: RetryPolicy = .standard,
                builder: WebhookRequestBuilder = WebhookRequestBuilder(), logger: Logger) {
        self.outbox = outbox
        self.transport = transport
        self.clock = clock
        self.policy = policy
        self.builder = builder
        self.logger = logger
        self.webhooks = Dictionary(webhooks.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// Replaces the webhook list (config reload).
    public func update(webhooks: [WebhookConfig]) {
        self.webhooks = Dictionary(webhooks.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// Sends every entry due now, each at most once per drain. A drain that starts while another
    /// runs returns at once with an empty report. Outbox errors are thrown.
    @discardableResult
    public func drain() async throws -> DeliveryReport {
        guard !draining else { return DeliveryReport() }
        draining = true
        defer { draining = false }
        var report = DeliveryReport()
        var seen: Set<String> = []
        while true {
            let due = try await outbox.dueDeliveries(now: clock.now, limit: Self.batchSize)
                .filter { !seen.contains($0.deliveryID) }
            if due.isEmpty { break }
            for entry in due {
                seen.insert(entry.deliveryID)
                report = report + (try await attempt(entry))
            }
        }
        totals = totals + report
        return report
    }

    /// Drains, then waits `pollInterval`, until the task is cancelled.
    public func run(pollInterval: Duration = .seconds(5)) async {
        while !Task.isCancelled {
            do {
                try await drain()
            } catch {
                logger.error("outbox unreadable", metadata: ["error": "\(error)"])
            }
            try? await Task.sleep(for: pollInterval)
        }
    }

    private func attempt(_ entry: OutboxEntry) async throws -> DeliveryReport {
        guard let webhook = webhooks[entry.webhookID] else {
            return try await abandon(entry, "webhook \(entry.webhookID) is no longer configured")
        }
        let request: HTTPRequest
        do {
            request = try builder.request(for: entry, to: webhook, now: clock.now)
        } catch {
            return try await abandon(entry, "cannot render the payload: \(error)")
        }
        let result = await transport.send(request)
        if case .success(let response) = result, (200..<300).contains(response.status) {
            try await outbox.markDelivered(deliveryID: entry.deliveryID, at: clock.now)
            logger.info("delivered", metadata: ["delivery": "\(entry.deliveryID)", "webhook": "\(webhook.id)"])
            return DeliveryReport(delivered: 1)
        }
        return try await fail(entry, Self.describe(result))
    }

    private func fail(_ entry: OutboxEntry, _ error: String) async throws -> DeliveryReport {
        let now = clock.now
        guard let next = policy.nextAttempt(createdAt: entry.createdAt, failures: entry.attempts + 1, now: now) else {
            return try await abandon(entry, error + " (given up \(Int(now.timeIntervalSince(entry.createdAt)))s after creation)")
        }
        try await outbox.markFailed(deliveryID: entry.deliveryID, error: error, nextAttemptAt: next)
        logger.warning("delivery failed, will retry", metadata: [
            "delivery": "\(entry.deliveryID)", "webhook": "\(entry.webhookID)", "error": "\(error)",
            "retry_in_s": "\(Int(next.timeIntervalSince(now)))",
        ])
        return DeliveryReport(retried: 1)
    }

    private func abandon(_ entry: OutboxEntry, _ error: String) async throws -> DeliveryReport {
        try await outbox.markFailed(deliveryID: entry.deliveryID, error: error, nextAttemptAt: nil)
        logger.error("delivery abandoned", metadata: [
            "delivery": "\(entry.deliveryID)", "webhook": "\(entry.webhookID)", "error": "\(error)",
        ])
        return DeliveryReport(abandoned: 1)
    }

    /// A failed attempt in one line: the status and the start of the answer, or the transfer error.
    /// Never the URL: webhook URLs carry credentials (Slack's path, DingTalk's access token and
    /// signature), and this text lands in logs and in the outbox.
    static func describe(_ result: Result<HTTPResponse, FetchError>) -> String {
        switch result {
        case .success(let response):
            let text = String(decoding: response.body.prefix(200), as: UTF8.self)
            return "HTTP \(response.status)" + (text.isEmpty ? "" : ": \(text)")
        case .failure(let error):
            return "\(error.kind.rawValue): \(error.message)"
        }
    }
}
