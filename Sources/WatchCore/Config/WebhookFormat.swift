/// The body a webhook expects (`format:` in sources.yaml).
public enum WebhookFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// bureauwatch's own JSON document (DESIGN.md), HMAC-signed in a header.
    case json
    /// A DingTalk custom robot: markdown message, optional `timestamp`/`sign` query signing.
    case dingtalk
    /// A WeCom (企业微信) group robot: markdown message.
    case wecom
    /// A Feishu custom bot: rich-text post, optional `timestamp`/`sign` body signing.
    case feishu
    /// A Slack incoming webhook: text plus blocks.
    case slack
}
