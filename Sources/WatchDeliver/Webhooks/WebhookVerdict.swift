import Foundation
import WatchCore

/// What a webhook's answer means. A delivery counts only when the receiver accepted it: a 2xx,
/// and for the chat robots an answer whose own code says success, because DingTalk, WeCom and
/// Feishu answer HTTP 200 with an error code in the body when they refuse a message.
public enum WebhookVerdict: Sendable, Hashable {
    case accepted
    /// Refused: `code` is the receiver's own error code (`errcode`, `code`, `StatusCode`) when it
    /// gave one; `pause` is set when the receiver asked to be sent to more slowly.
    case refused(code: Int?, message: String, pause: Duration?)

    /// A rate-limited receiver that names no wait is left alone this long.
    public static let defaultPause: Duration = .seconds(60)
    /// DingTalk mutes a robot that sent too fast for 10 minutes; sending earlier only fails again.
    public static let dingtalkPause: Duration = .seconds(600)

    /// Error codes that mean "too fast": DingTalk 130101 (send too fast), WeCom 45009 (api freq
    /// out of limit), Feishu 9499 and 11232 (frequency limited).
    static let rateLimitCodes: [WebhookFormat: Set<Int>] = [
        .dingtalk: [130101], .wecom: [45009], .feishu: [9499, 11232],
    ]

    /// Judges `response` to a request in `format`.
    public static func judge(_ response: HTTPResponse, format: WebhookFormat) -> WebhookVerdict {
        let text = String(decoding: response.body.prefix(300), as: UTF8.self)
        switch response.status {
        case 300..<400:
            let location = response.header("Location").map(SecretRedaction.redact) ?? "no Location"
            return .refused(
                code: nil, message: "HTTP \(response.status) redirect to \(location), not followed",
                pause: nil)
        case 429:
            return .refused(
                code: nil, message: "HTTP 429" + (text.isEmpty ? "" : ": \(text)"),
                pause: retryAfter(response) ?? defaultPause)
        case 200..<300:
            return judgeBody(response.body, format: format)
        default:
            return .refused(
                code: nil, message: "HTTP \(response.status)" + (text.isEmpty ? "" : ": \(text)"), pause: nil)
        }
    }

    /// A 2xx answer's body, by format.
    static func judgeBody(_ body: [UInt8], format: WebhookFormat) -> WebhookVerdict {
        let object = (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any]
        switch format {
        case .json:
            return .accepted
        case .dingtalk, .wecom:
            return judgeCode(object, codeKeys: ["errcode"], messageKeys: ["errmsg"], format: format, body: body)
        case .feishu:
            // The current API answers `code`/`msg`; the older one `StatusCode`/`StatusMessage`.
            return judgeCode(
                object, codeKeys: ["code", "StatusCode"], messageKeys: ["msg", "StatusMessage"],
                format: format, body: body)
        case .slack:
            let plain = String(decoding: body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if plain == "ok" || object?["ok"] as? Bool == true { return .accepted }
            let message = (object?["error"] as? String) ?? String(plain.prefix(300))
            return .refused(code: nil, message: "slack: \(message.isEmpty ? "empty answer" : message)", pause: nil)
        }
    }

    private static func judgeCode(
        _ object: [String: Any]?, codeKeys: [String], messageKeys: [String],
        format: WebhookFormat, body: [UInt8]
    ) -> WebhookVerdict {
        guard let code = codeKeys.lazy.compactMap({ (object?[$0] as? NSNumber)?.intValue }).first else {
            let text = String(decoding: body.prefix(300), as: UTF8.self)
            return .refused(
                code: nil, message: "answer without \(codeKeys[0]): \(text.isEmpty ? "empty" : text)",
                pause: nil)
        }
        if code == 0 { return .accepted }
        let message = messageKeys.lazy.compactMap { object?[$0] as? String }.first ?? ""
        let limited = rateLimitCodes[format]?.contains(code) == true
        let pause = limited ? (format == .dingtalk ? dingtalkPause : defaultPause) : nil
        return .refused(code: code, message: "\(codeKeys[0]) \(code): \(message)", pause: pause)
    }

    /// `Retry-After` in seconds (the form rate limiters send); an HTTP date is not worth the parser.
    static func retryAfter(_ response: HTTPResponse) -> Duration? {
        guard let value = response.header("Retry-After"), let seconds = Int(value.trimmingCharacters(in: .whitespaces)),
            seconds >= 0
        else { return nil }
        return .seconds(min(seconds, 3600))
    }
}
