import Foundation
import WatchCore

extension OutboxPlanner {
    /// Entries announcing that a failing source works again.
    public static func entries(
        recovered source: SourceConfig, lastError: String, since: Date,
        webhooks: [WebhookConfig], now: Date
    ) -> [OutboxEntry] {
        let payload = EventPayload(
            source: .sourceRecovered, id: source.id, name: source.name, error: lastError,
            since: since
        ).json.bytes
        return WebhookRouter.recipients(of: .sourceRecovered, article: nil, among: webhooks).map { webhook in
            // One recovery per failing spell: `since` names the spell.
            let key = "source.recovered|\(source.id)|\(since.timeIntervalSince1970)|\(webhook.id)"
            return OutboxEntry(
                deliveryID: deliveryID(key), event: .sourceRecovered, webhookID: webhook.id,
                payload: payload, createdAt: now, nextAttemptAt: now)
        }
    }
}
