import Foundation
import WatchCore

extension OutboxPlanner {
    /// Entries announcing a source event (`source.failing`, `source.recovered`): `error` is the
    /// failure (for a recovery, the last one), `since` when the source stopped working. One
    /// announcement of each per failing spell: `since` names the spell in the delivery id.
    public static func entries(
        for event: EventKind, source: SourceConfig, error: String, since: Date,
        webhooks: [WebhookConfig], now: Date
    ) -> [OutboxEntry] {
        let payload = EventPayload(source: event, id: source.id, name: source.name, error: error, since: since)
            .json.bytes
        return WebhookRouter.recipients(of: event, article: nil, among: webhooks).map { webhook in
            let key = "\(event.rawValue)|\(source.id)|\(since.timeIntervalSince1970)|\(webhook.id)"
            return OutboxEntry(
                deliveryID: deliveryID(key), event: event, webhookID: webhook.id,
                payload: payload, createdAt: now, nextAttemptAt: now)
        }
    }
}
