import Foundation
import LibCrypto
import WatchCore

/// Makes the outbox entries for one event: one per webhook that wants it. The pipeline calls it
/// inside the article's transaction and hands the entries to the store.
public enum OutboxPlanner {
    /// Entries announcing `event` about `article`, whose watch file is `path`.
    public static func entries(
        for event: EventKind, article: DeliveredArticle, path: String,
        webhooks: [WebhookConfig], now: Date
    ) -> [OutboxEntry] {
        let payload = EventPayload(event: event, article: article, path: path).json.bytes
        return WebhookRouter.recipients(of: event, article: article, among: webhooks).map { webhook in
            let key = "\(event.rawValue)|\(article.id)|v\(article.version)|\(webhook.id)"
            return OutboxEntry(
                deliveryID: deliveryID(key), event: event, webhookID: webhook.id,
                payload: payload, createdAt: now, nextAttemptAt: now)
        }
    }

    /// Entries announcing `article` again (`notify resend`) as `article.new` with its current
    /// text, one per webhook in `webhooks`, each with a fresh delivery id: a resend is a new
    /// delivery, which a receiver deduplicating on ids must not drop.
    public static func resend(
        _ article: DeliveredArticle, path: String, to webhooks: [WebhookConfig],
        now: Date
    ) -> [OutboxEntry] {
        let payload = EventPayload(event: .articleNew, article: article, path: path).json.bytes
        return webhooks.map { webhook in
            OutboxEntry(
                deliveryID: UUID().uuidString.lowercased(), event: .articleNew, webhookID: webhook.id,
                payload: payload, createdAt: now, nextAttemptAt: now)
        }
    }

    /// A UUID-shaped id derived from what the delivery announces, so planning the same event
    /// twice (a crash between planning and commit, then a re-run) yields the same id and the
    /// store can ignore the duplicate.
    public static func deliveryID(_ key: String) -> String {
        let digest = (try? Digest.sha256(Array(key.utf8))) ?? Array(key.utf8.prefix(16))
        let hex = Digest.hex(Array(digest.prefix(16)))
        let characters = Array(hex)
        let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(characters[$0]) }
        return groups.joined(separator: "-")
    }
}
