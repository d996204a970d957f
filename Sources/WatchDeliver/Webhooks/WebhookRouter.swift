import WatchCore

/// Decides which webhooks an event goes to: the webhook's `events`, then its `match`.
public enum WebhookRouter {
    /// The webhooks among `webhooks` that want `event` about `article` (`nil` for events that
    /// are not about an article, which only the events filter decides).
    public static func recipients(
        of event: EventKind, article: DeliveredArticle?,
        among webhooks: [WebhookConfig]
    ) -> [WebhookConfig] {
        webhooks.filter { wants($0, event: event, article: article) }
    }

    /// Whether `webhook` wants this event.
    public static func wants(_ webhook: WebhookConfig, event: EventKind, article: DeliveredArticle?) -> Bool {
        guard webhook.events.isEmpty || webhook.events.contains(event) else { return false }
        guard let article else { return true }
        let match = webhook.match
        if !match.sources.isEmpty && !match.sources.contains(where: { Glob.matches($0, article.source) }) {
            return false
        }
        if !match.keywords.isEmpty {
            let found = match.keywords.contains { keyword in
                article.title.contains(keyword) || article.paragraphs.contains { $0.contains(keyword) }
            }
            if !found { return false }
        }
        return true
    }
}
