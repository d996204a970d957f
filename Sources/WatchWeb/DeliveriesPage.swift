import Foundation
import WatchCore

/// Webhooks with their waiting and failing deliveries, from the outbox as it stands.
struct DeliveriesPage: Sendable {
    struct WebhookRow: Sendable {
        var id: String
        var url: String
        var format: String
        var pending: Int
        var failing: Int?
    }

    struct EntryRow: Sendable {
        var deliveryID: String
        var event: String
        var webhookID: String
        var attempts: Int
        var createdAt: String
        var nextAttemptAt: String
        var lastError: String
        /// An attempt was made and failed; the entry waits for its next try.
        var failing: Bool
    }

    var pageTitle = "推送 Deliveries"
    var webhooks: [WebhookRow]
    var entries: [EntryRow]
    var pendingCount: Int
    // Stored: Mustache sees stored properties only.
    var shown: Int
    var truncated: Bool

    /// Entries listed at most.
    static let entryLimit = 200

    /// Every pending entry, due or not: the outbox's `dueDeliveries` with a time after any retry.
    static func load(store: any Store, webhooks: [WebhookConfig]) async throws -> DeliveriesPage {
        let pending = try await store.dueDeliveries(now: .distantFuture, limit: entryLimit)
        let pendingCount = try await store.pendingCount()
        var known = webhooks.map { hook in
            let mine = pending.filter { $0.webhookID == hook.id }
            let failing = mine.count { $0.attempts > 0 }
            return WebhookRow(
                id: hook.id, url: DisplayText.shown(hook.url), format: hook.format.rawValue,
                pending: mine.count, failing: failing > 0 ? failing : nil)
        }
        // Entries for a webhook that left the config still wait in the outbox: show them too.
        let configured = Set(webhooks.map(\.id))
        for orphan in Set(pending.map(\.webhookID)).subtracting(configured).sorted() {
            let mine = pending.filter { $0.webhookID == orphan }
            let failing = mine.count { $0.attempts > 0 }
            known.append(
                WebhookRow(
                    id: DisplayText.clean(orphan), url: "（已不在配置中 no longer configured）",
                    format: "—", pending: mine.count, failing: failing > 0 ? failing : nil))
        }
        return DeliveriesPage(
            webhooks: known, entries: pending.map(entry), pendingCount: pendingCount,
            shown: pending.count, truncated: pendingCount > pending.count)
    }

    static func entry(_ entry: OutboxEntry) -> EntryRow {
        EntryRow(
            deliveryID: DisplayText.clean(entry.deliveryID), event: entry.event.rawValue,
            webhookID: DisplayText.clean(entry.webhookID), attempts: entry.attempts,
            createdAt: DisplayText.time(entry.createdAt), nextAttemptAt: DisplayText.time(entry.nextAttemptAt),
            lastError: entry.lastError.map(DisplayText.shown) ?? "", failing: entry.attempts > 0)
    }
}
