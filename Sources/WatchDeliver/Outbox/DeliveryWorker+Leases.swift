import Foundation
import Logging
import WatchCore

/// Lane leases: with several daemons on one store (issue 19) a webhook's lane is sent by the
/// daemon holding its lease (`LaneLeaseStore`), renewed before each entry, so order and pacing
/// hold across daemons and a killed sender's lane comes back to the pool when the lease runs out.
extension DeliveryWorker {
    /// Added to the longest one entry can take (its pacing wait and its POST's timeout): covers
    /// the outbox writes around the send and a few seconds of clock skew between machines.
    public static let laneLeaseMargin: Duration = .seconds(10)

    /// How long one claim or renewal holds `webhook`'s lane: enough for the next entry's pacing
    /// wait and POST, so a live sender never loses its lane while a dead one's returns soon.
    public static func laneLease(for webhook: WebhookConfig) -> Duration {
        webhook.timeout + (webhook.effectiveRate?.spacing ?? .zero) + laneLeaseMargin
    }

    /// Takes or renews this daemon's lease on the webhook's lane; false when another daemon holds it.
    func holdLane(_ webhook: WebhookConfig) async throws -> Bool {
        let now = clock.now
        return try await outbox.claimLane(
            webhookID: webhook.id, until: now.addingTimeInterval(Self.laneLease(for: webhook).seconds), now: now)
    }

    /// Gives the lane back once it stops: free from the end of its pacing gap or its pause, so a
    /// daemon that takes it next keeps the webhook's rate. In a task of its own, as the lane's
    /// task may be cancelled (shutdown); a release that fails leaves a lease that expires.
    func releaseLane(_ webhook: WebhookConfig) async {
        let spacing = webhook.effectiveRate?.spacing ?? .zero
        let paced = lastSend[webhook.id].map { $0.addingTimeInterval(spacing.seconds) } ?? clock.now
        let freeFrom = max(paced, pausedUntil[webhook.id] ?? paced)
        let outbox = outbox
        let logger = logger
        await Task {
            do {
                try await outbox.releaseLane(webhookID: webhook.id, freeFrom: freeFrom)
            } catch {
                logger.warning(
                    "cannot release the webhook's lane; it expires",
                    metadata: ["webhook": "\(webhook.id)", "error": "\(error)"])
            }
        }.value
    }
}
