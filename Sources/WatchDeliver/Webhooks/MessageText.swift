import Foundation
import WatchCore

/// The human-readable parts of an event, shared by the chat formats.
struct MessageText {
    /// A one-line headline, e.g. `新文章：河源…联席会`.
    var headline: String
    var title: String
    var link: String?
    /// Short facts: source, date, publisher, document number, attachments.
    var facts: [String]
    var summary: String

    /// Labels shown before the title, by event.
    static func label(_ event: EventKind) -> String {
        switch event {
        case .articleNew: "新文章"
        case .articleUpdated: "文章更新"
        case .articleRemoved: "文章撤下"
        case .articleRestored: "文章恢复"
        case .sourceFailing: "信息源故障"
        case .sourceRecovered: "信息源恢复"
        case .test: "测试消息"
        }
    }

    init(_ payload: EventPayload) {
        let label = Self.label(payload.event)
        if let article = payload.article {
            title = article.title
            link = article.canonicalURL ?? article.url
            var facts = ["来源：\(article.sourceName)"]
            if let published = article.published { facts.append("发布：\(published)") }
            if let publisher = article.publisher, publisher != article.sourceName { facts.append("发布机构：\(publisher)") }
            if !article.attachments.isEmpty { facts.append("附件：\(article.attachments.count) 个") }
            self.facts = facts
            summary = article.summary
        } else if let source = payload.source {
            title = source.name
            link = nil
            facts = ["信息源：\(source.id)", "自：\(source.failingSince)"]
            summary = source.error
        } else {
            title = payload.event.rawValue
            link = nil
            facts = []
            summary = ""
        }
        headline = "\(label)：\(title)"
    }

    /// Markdown for DingTalk and WeCom: bold headline, link, facts, summary.
    var markdown: String {
        var lines = ["### \(label(for: headline))"]
        if let link {
            lines.append("[\(Self.linkText(title))](\(Self.linkTarget(link)))")
        } else {
            lines.append("**\(title)**")
        }
        lines += facts.map { "> \($0)" }
        if !summary.isEmpty { lines.append(summary) }
        return lines.joined(separator: "\n\n")
    }

    private func label(for headline: String) -> String {
        String(headline.prefix { $0 != "：" })
    }

    /// Square brackets would end the link text early; full-width ones read the same.
    static func linkText(_ text: String) -> String {
        text.replacingOccurrences(of: "[", with: "［").replacingOccurrences(of: "]", with: "］")
    }

    /// Parentheses and spaces would end the link target early.
    static func linkTarget(_ url: String) -> String {
        url.replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: "(", with: "%28")
            .replacingOccurrences(of: ")", with: "%29")
    }
}
