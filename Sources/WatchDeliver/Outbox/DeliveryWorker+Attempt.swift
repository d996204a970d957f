import Foundation
import Logging
import WatchCore

/// One attempt at one entry, and what the outbox and the log hear about it.
extension DeliveryWorker {
    func attempt(_ entry: OutboxEntry, to webhook: WebhookConfig) async throws -> DeliveryReport {
        let resolved: WebhookConfig
        do {
            resolved = try webhook.resolved(in: environment)
        } catch {
            // The service's environment lacks the secret: wait for it to be fixed, like a
            // receiver that is down.
            return try await fail(entry, "webhook \(webhook.id): \(error)", pause: nil)
        }
        let request: HTTPRequest
        do {
            request = try builder.request(for: entry, to: resolved, now: clock.now)
        } catch {
            return try await abandon(entry, "cannot render the payload: \(error)")
        }
        let result = await transport.send(request)
        guard case .success(let response) = result else {
            return try await fail(entry, Self.describe(result), pause: nil)
        }
        switch WebhookVerdict.judge(response, format: webhook.format) {
        case .accepted:
            try await outbox.markDelivered(deliveryID: entry.deliveryID, at: clock.now)
            logger.info(
                "delivered",
                metadata: [
                    "event": "\(entry.event.rawValue)", "delivery": "\(entry.deliveryID)", "webhook": "\(webhook.id)",
                ])
            return DeliveryReport(delivered: 1)
        case .refused(_, let message, let pause):
            return try await fail(entry, message, pause: pause)
        }
    }

    /// Counts a failure and schedules the retry: the policy's delay, or longer when the
    /// receiver asked for a pause, which also holds the webhook's whole lane.
    func fail(_ entry: OutboxEntry, _ error: String, pause: Duration?) async throws -> DeliveryReport {
        let now = clock.now
        guard var next = policy.nextAttempt(createdAt: entry.createdAt, failures: entry.attempts + 1, now: now) else {
            return try await abandon(
                entry, error + " (given up \(Int(now.timeIntervalSince(entry.createdAt)))s after creation)")
        }
        if let pause {
            let until = now.addingTimeInterval(pause.seconds)
            pausedUntil[entry.webhookID] = until
            next = max(next, until)
        }
        try await outbox.markFailed(deliveryID: entry.deliveryID, error: error, nextAttemptAt: next)
        logger.warning(
            "delivery refused or failed, will retry",
            metadata: [
                "event": "\(entry.event.rawValue)", "delivery": "\(entry.deliveryID)", "webhook": "\(entry.webhookID)",
                "error": "\(error)", "retry_in_s": "\(Int(next.timeIntervalSince(now)))",
            ])
        return DeliveryReport(retried: 1)
    }

    func abandon(_ entry: OutboxEntry, _ error: String) async throws -> DeliveryReport {
        try await outbox.markFailed(deliveryID: entry.deliveryID, error: error, nextAttemptAt: nil)
        logger.error(
            "delivery abandoned",
            metadata: [
                "event": "\(entry.event.rawValue)", "delivery": "\(entry.deliveryID)", "webhook": "\(entry.webhookID)",
                "error": "\(error)",
            ])
        return DeliveryReport(abandoned: 1)
    }

    /// A failed transfer in one line. Never the URL: webhook URLs carry credentials (Slack's
    /// path, DingTalk's access token and signature), and this text lands in logs and the outbox.
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
