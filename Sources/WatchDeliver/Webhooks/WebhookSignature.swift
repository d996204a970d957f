import LibCrypto

/// The signatures each platform checks, computed exactly as its documentation states.
public enum WebhookSignature {
    /// `X-Bureauwatch-Signature-256`: `sha256=` + hex HMAC-SHA256 of the body, keyed by the secret.
    public static func json(body: [UInt8], secret: String) throws -> String {
        "sha256=" + Digest.hex(try Digest.hmacSHA256(key: Array(secret.utf8), message: body))
    }

    /// DingTalk robot signing: Base64 of HMAC-SHA256 over `timestamp + "\n" + secret`, keyed by
    /// the secret; `timestamp` in milliseconds. (URL-encoding happens when it enters the query.)
    public static func dingtalk(timestampMillis: Int64, secret: String) throws -> String {
        let message = Array("\(timestampMillis)\n\(secret)".utf8)
        return Digest.base64(try Digest.hmacSHA256(key: Array(secret.utf8), message: message))
    }

    /// Feishu custom-bot signing: Base64 of HMAC-SHA256 whose KEY is `timestamp + "\n" + secret`
    /// over an empty message; `timestamp` in seconds. (Unlike DingTalk: key and message swap.)
    public static func feishu(timestampSeconds: Int64, secret: String) throws -> String {
        let key = Array("\(timestampSeconds)\n\(secret)".utf8)
        return Digest.base64(try Digest.hmacSHA256(key: key, message: []))
    }

    /// RFC 3986 percent-encoding: everything but unreserved characters (`+`, `/`, `=` included).
    public static func percentEncode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            let unreserved =
                (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || (byte >= 0x30 && byte <= 0x39) || "-._~".unicodeScalars.contains(scalar)
            if unreserved {
                out.unicodeScalars.append(scalar)
            } else {
                out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }
}
