import Foundation
import Logging
import WatchCore

/// Sends the outbox, one lane per webhook: each webhook's due entries go out in order, paced by
/// its `rate:`, each POST bounded by its `timeout:`, so a webhook that hangs or refuses delays
/// only its own lane. An entry leaves the outbox only when the receiver accepted it
/// (`WebhookVerdict`); anything else is retried per `DeliveryRetryPolicy`, and a receiver that
/// says "too fast" pauses its lane. All entry state lives in the outbox, so a restarted worker
/// picks up where the last one stopped; pacing and pauses live here. With several daemons on
/// one store, a lane runs in the daemon holding its lease (`DeliveryWorker+Leases`).
public actor DeliveryWorker {
    /// Waits between paced sends; tests pass one that moves a manual clock.
    public typealias Sleep = @Sendable (Duration) async -> Void

    let outbox: any OutboxStore
    let transport: any Transport
    let clock: any WallClock
    let policy: DeliveryRetryPolicy
    let builder: WebhookRequestBuilder
    let environment: [String: String]
    let sleep: Sleep
    let logger: Logger
    var webhooks: [String: WebhookConfig]
    /// Since the worker started, for metrics.
    public private(set) var totals = DeliveryReport()
    /// The lane running for each webhook id. One lane per webhook: an actor is re-entered at
    /// every `await`, and a second lane would send an entry the first is still waiting on.
    var lanes: [String: Task<DeliveryReport, Never>] = [:]
    /// When each webhook was last sent to, for pacing.
    var lastSend: [String: Date] = [:]
    /// A webhook that answered "too fast" is not sent to before this.
    var pausedUntil: [String: Date] = [:]

    /// Entries read from the outbox per query.
    public static let batchSize = 50

    public init(
        outbox: any OutboxStore, webhooks: [WebhookConfig], transport: any Transport,
        clock: any WallClock = SystemClock(), policy: DeliveryRetryPolicy = .standard,
        builder: WebhookRequestBuilder = WebhookRequestBuilder(),
        environment: [String: String] = ProcessInfo.processInfo.environment,
        sleep: @escaping Sleep = { try? await Task.sleep(for: $0) }, logger: Logger
    ) {
        self.outbox = outbox
        self.transport = transport
        self.clock = clock
        self.policy = policy
        self.builder = builder
        self.environment = environment
        self.sleep = sleep
        self.logger = logger
        self.webhooks = Dictionary(webhooks.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// Replaces the webhook list (config reload). Running lanes finish with the config they have.
    public func update(webhooks: [WebhookConfig]) {
        self.webhooks = Dictionary(webhooks.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// Starts a lane for every webhook with due entries and none running, and waits for the
    /// lanes it started (`fetch`). A webhook whose lane another drain runs is left to it.
    /// Outbox errors are thrown.
    @discardableResult
    public func drain() async throws -> DeliveryReport {
        let (lanes, abandoned) = try await startLanes()
        var report = abandoned
        for lane in lanes {
            report = report + (await lane.value)
        }
        return report
    }

    /// The daemon's loop: every `interval`, starts the lanes that are due, without waiting for
    /// them; `finished` hears each lane's report. On cancellation the lanes are cancelled and
    /// awaited (a transfer in flight is aborted and retried later).
    public func run(every interval: Duration, finished: @escaping @Sendable (DeliveryReport) async -> Void) async {
        while !Task.isCancelled {
            do {
                let (lanes, abandoned) = try await startLanes()
                if abandoned != DeliveryReport() { await finished(abandoned) }
                for lane in lanes {
                    Task { await finished(await lane.value) }
                }
            } catch {
                logger.error("outbox unreadable", metadata: ["error": "\(error)"])
            }
            try? await Task.sleep(for: interval)
        }
        let running = Array(lanes.values)
        for lane in running { lane.cancel() }
        for lane in running { _ = await lane.value }
    }

    /// Whether a lane is sending for `webhookID` now.
    public func isSending(to webhookID: String) -> Bool { lanes[webhookID] != nil }

    /// Starts the lanes that are due; the due entries of webhooks no longer configured are
    /// abandoned at once (`notify resend --abandoned` re-queues them), as the second result.
    func startLanes() async throws -> (lanes: [Task<DeliveryReport, Never>], abandoned: DeliveryReport) {
        var started: [Task<DeliveryReport, Never>] = []
        var abandoned = DeliveryReport()
        for id in try await outbox.dueWebhookIDs(now: clock.now) where lanes[id] == nil {
            guard let webhook = webhooks[id] else {
                abandoned = abandoned + (try await abandonGone(webhookID: id))
                continue
            }
            if let until = pausedUntil[id], until > clock.now { continue }
            // Another daemon sending this lane keeps it: it alone paces the webhook.
            guard try await holdLane(webhook) else { continue }
            let lane = Task { await self.runLane(webhook) }
            lanes[id] = lane
            started.append(lane)
        }
        totals = totals + abandoned
        return (started, abandoned)
    }

    /// Sends the webhook's due entries in order, each at most once, until none is left, the
    /// receiver asks for a pause, or the lane is cancelled.
    private func runLane(_ webhook: WebhookConfig) async -> DeliveryReport {
        var report = DeliveryReport()
        var seen: Set<String> = []
        do {
            lane: while !Task.isCancelled {
                let due = try await outbox.dueDeliveries(webhookID: webhook.id, now: clock.now, limit: Self.batchSize)
                    .filter { !seen.contains($0.deliveryID) }
                if due.isEmpty { break }
                for entry in due {
                    guard try await holdLane(webhook) else {
                        logger.warning(
                            "the webhook's lane went to another daemon", metadata: ["webhook": "\(webhook.id)"])
                        break lane
                    }
                    seen.insert(entry.deliveryID)
                    await pace(webhook)
                    if Task.isCancelled { break lane }
                    report = report + (try await attempt(entry, to: webhook))
                    if let until = pausedUntil[webhook.id], until > clock.now { break lane }
                }
            }
        } catch {
            logger.error("outbox unreadable", metadata: ["webhook": "\(webhook.id)", "error": "\(error)"])
        }
        await releaseLane(webhook)
        lanes[webhook.id] = nil
        totals = totals + report
        return report
    }

    /// Waits until the webhook's rate allows the next send, then claims that slot.
    private func pace(_ webhook: WebhookConfig) async {
        if let rate = webhook.effectiveRate, let last = lastSend[webhook.id] {
            let wait = last.addingTimeInterval(rate.spacing.seconds).timeIntervalSince(clock.now)
            if wait > 0 { await sleep(.milliseconds(Int64((wait * 1000).rounded(.up)))) }
        }
        lastSend[webhook.id] = clock.now
    }

    private func abandonGone(webhookID: String) async throws -> DeliveryReport {
        var report = DeliveryReport()
        for entry in try await outbox.dueDeliveries(webhookID: webhookID, now: clock.now, limit: .max) {
            report = report + (try await abandon(entry, "webhook \(webhookID) is no longer configured"))
        }
        return report
    }
}
