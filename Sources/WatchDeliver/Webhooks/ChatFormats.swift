import WatchCore

/// The bodies the chat platforms' robots accept, each checked against the platform's
/// published message format (see the field notes on each).
enum ChatFormats {
    /// WeCom refuses markdown `content` over 4096 UTF-8 bytes.
    static let wecomMaxBytes = 4096
    /// DingTalk documents no hard markdown limit; stay well within what it renders.
    static let dingtalkMaxBytes = 16_000
    /// Slack: header text ≤ 150 characters, section text ≤ 3000.
    static let slackHeaderMax = 150
    static let slackSectionMax = 3000

    /// DingTalk custom robot: `{"msgtype":"markdown","markdown":{"title","text"}}`; `title` is what
    /// the conversation list shows.
    static func dingtalk(_ message: MessageText) -> JSONValue {
        .object([
            ("msgtype", .string("markdown")),
            (
                "markdown",
                .object([
                    ("title", .string(message.headline)),
                    ("text", .string(truncate(utf8: message.markdown, max: dingtalkMaxBytes))),
                ])
            ),
        ])
    }

    /// WeCom group robot: `{"msgtype":"markdown","markdown":{"content"}}`.
    static func wecom(_ message: MessageText) -> JSONValue {
        .object([
            ("msgtype", .string("markdown")),
            ("markdown", .object([("content", .string(truncate(utf8: message.markdown, max: wecomMaxBytes)))])),
        ])
    }

    /// Feishu custom bot, rich text: `{"timestamp","sign","msg_type":"post","content":{"post":
    /// {"zh_cn":{"title","content":[[{"tag":"text"|"a",…}], …]}}}}`; one inner array per line.
    static func feishu(_ message: MessageText, signing: (timestamp: String, sign: String)?) -> JSONValue {
        var lines: [JSONValue] = message.facts.map { .array([text($0)]) }
        if !message.summary.isEmpty { lines.append(.array([text(message.summary)])) }
        if let link = message.link {
            lines.append(
                .array([.object([("tag", .string("a")), ("text", .string("阅读原文")), ("href", .string(link))])]))
        }
        var fields: [(String, JSONValue)] = []
        if let signing {
            fields += [("timestamp", .string(signing.timestamp)), ("sign", .string(signing.sign))]
        }
        fields.append(("msg_type", .string("post")))
        fields.append(
            (
                "content",
                .object([
                    (
                        "post",
                        .object([
                            (
                                "zh_cn",
                                .object([
                                    ("title", .string(message.headline)), ("content", .array(lines)),
                                ])
                            )
                        ])
                    )
                ])
            ))
        return .object(fields)
    }

    /// Slack incoming webhook: `text` (the notification fallback) plus `blocks`: a `header`
    /// (plain_text), a `section` (mrkdwn) and a `context` with the facts.
    static func slack(_ message: MessageText) -> JSONValue {
        var section =
            message.link.map { "<\(slackEscape($0))|\(slackEscape(message.title))>" }
            ?? "*\(slackEscape(message.title))*"
        if !message.summary.isEmpty { section += "\n" + slackEscape(message.summary) }
        var blocks: [JSONValue] = [
            .object([("type", .string("header")), ("text", plain(String(message.headline.prefix(slackHeaderMax))))]),
            .object([("type", .string("section")), ("text", mrkdwn(String(section.prefix(slackSectionMax))))]),
        ]
        if !message.facts.isEmpty {
            blocks.append(
                .object([
                    ("type", .string("context")),
                    ("elements", .array(message.facts.map { mrkdwn(slackEscape($0)) })),
                ]))
        }
        let fallback = message.headline + (message.link.map { " " + $0 } ?? "")
        return .object([("text", .string(fallback)), ("blocks", .array(blocks))])
    }

    private static func text(_ value: String) -> JSONValue {
        .object([("tag", .string("text")), ("text", .string(value))])
    }

    private static func plain(_ value: String) -> JSONValue {
        .object([("type", .string("plain_text")), ("text", .string(value))])
    }

    private static func mrkdwn(_ value: String) -> JSONValue {
        .object([("type", .string("mrkdwn")), ("text", .string(value))])
    }

    /// Slack's three control characters in mrkdwn.
    static func slackEscape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(character)
            }
        }
        return out
    }

    /// At most `max` UTF-8 bytes, cut at a character boundary, `…` marking the cut.
    static func truncate(utf8 text: String, max: Int) -> String {
        guard text.utf8.count > max else { return text }
        var out = ""
        var used = 3 // the ellipsis
        for character in text {
            used += character.utf8.count
            if used > max { break }
            out.append(character)
        }
        return out + "…"
    }
}
