import Foundation
import WatchCore

/// Turns an outbox entry into the HTTP request its webhook's format calls for. Signatures that
/// carry a timestamp are made at send time, so a retry hours later is not refused as stale.
public struct WebhookRequestBuilder: Sendable {
    public var userAgent: String

    public init(userAgent: String = "bureauwatch/0.1") {
        self.userAgent = userAgent
    }

    /// The request for `entry` to `webhook` (its `${VAR}` already resolved), signed for `now`,
    /// bounded by the webhook's own timeout.
    public func request(for entry: OutboxEntry, to webhook: WebhookConfig, now: Date) throws -> HTTPRequest {
        let payload = try EventPayload(bytes: entry.payload)
        var url = webhook.url
        var headers = [
            HTTPHeader("Content-Type", "application/json; charset=utf-8"),
            HTTPHeader("X-Bureauwatch-Event", entry.event.rawValue),
            HTTPHeader("X-Bureauwatch-Delivery", entry.deliveryID),
        ]
        let body: [UInt8]
        switch webhook.format {
        case .json:
            // The stored bytes are sent as stored: the signature covers exactly what goes out.
            body = entry.payload
            if let secret = webhook.secret {
                headers.append(
                    HTTPHeader("X-Bureauwatch-Signature-256", try WebhookSignature.json(body: body, secret: secret)))
            }
        case .dingtalk:
            body = ChatFormats.dingtalk(MessageText(payload)).bytes
            if let secret = webhook.secret {
                let millis = Int64((now.timeIntervalSince1970 * 1000).rounded(.down))
                let sign = try WebhookSignature.dingtalk(timestampMillis: millis, secret: secret)
                url +=
                    (url.contains("?") ? "&" : "?") + "timestamp=\(millis)&sign=" + WebhookSignature.percentEncode(sign)
            }
        case .wecom:
            body = ChatFormats.wecom(MessageText(payload)).bytes
        case .feishu:
            var signing: (timestamp: String, sign: String)?
            if let secret = webhook.secret {
                let seconds = Int64(now.timeIntervalSince1970.rounded(.down))
                signing = ("\(seconds)", try WebhookSignature.feishu(timestampSeconds: seconds, secret: secret))
            }
            body = ChatFormats.feishu(MessageText(payload), signing: signing).bytes
        case .slack:
            body = ChatFormats.slack(MessageText(payload)).bytes
        }
        return HTTPRequest(
            method: .post, url: url, headers: headers, body: body, userAgent: userAgent,
            timeout: webhook.timeout, connectTimeout: webhook.timeout, maxBodyBytes: Self.maxAnswerBytes)
    }

    /// Webhook answers are short; anything longer is cut off as an error.
    static let maxAnswerBytes = 1024 * 1024
}
