import Foundation
import WatchCore
import WatchTesting

/// The articles, sources and webhooks the page tests read.
enum WebSamples {
    static let sources = [
        SourceConfig(id: "gd-news", name: "广东省邮政管理局 · 工作动态", kind: .bureau, url: "http://gd.example/list.html"),
        SourceConfig(id: "sh-news", name: "上海市邮政管理局", kind: .bureau, url: "http://sh.example/list.html?token=abc123"),
        SourceConfig(id: "mirror-x", name: "镜像站", kind: .mirror, url: "http://mirror.example/list.html"),
    ]

    static let webhooks = [
        WebhookConfig(id: "ops", url: "https://hooks.example/send?access_token=SECRET42"),
        WebhookConfig(id: "quiet", url: "https://quiet.example/hook", format: .slack),
    ]

    /// A title carrying markup and a control character, as a hostile page might.
    static let hostileTitle = "关于<script>alert(1)</script>开展\u{07}快递检查的通知"
    static let hostileSHA = String(repeating: "ab", count: 32)
    static let plainTitle = "上海市快递市场监管工作通报"
    static let plainSHA = String(repeating: "c1", count: 32)
    static let oldBody = "第一段：检查范围。\n\n第二段：旧的截止日期为十月一日。\n\n第三段：联系方式。"
    static let newBody = "第一段：检查范围。\n\n第二段：新的截止日期为十一月一日。\n\n第三段：联系方式。"

    /// Records: the hostile-titled article (bureau page, a mirror copy, then a corrected second
    /// version) published at day 0, and a plain one from Shanghai published 30 days later.
    static func fill(_ store: InMemoryStore) async throws {
        let url = "http://gd.example/a1.html"
        let attachments = [
            Attachment(title: "附件1：申请表.docx", url: "http://gd.example/a1.docx"),
            Attachment(title: "恶意链接", url: "javascript:alert(2)"),
        ]
        let first = try await store.record(
            observation(
                url: url, source: "gd-news", title: hostileTitle, body: oldBody,
                sha: hostileSHA, published: at(0), attachments: attachments))
        _ = try await store.record(
            observation(
                url: "http://mirror.example/p/1.html", source: "mirror-x", kind: .mirror,
                title: hostileTitle, body: oldBody, sha: hostileSHA, published: at(0),
                match: .sameAs(first.articleID)))
        // A changed text becomes a version once a second poll sees it too.
        for seconds in [3600, 5400] {
            _ = try await store.record(
                observation(
                    url: url, source: "gd-news", title: hostileTitle, body: newBody,
                    sha: String(repeating: "ef", count: 32), published: at(0),
                    match: .sameAs(first.articleID), seconds: seconds,
                    attachments: attachments))
        }
        _ = try await store.record(
            observation(
                url: "http://sh.example/b1.html", source: "sh-news", title: plainTitle,
                body: "全市快递网点检查情况。", sha: plainSHA, published: at(30 * 86_400)))
    }

    static func observation(
        url: String, source: String, kind: SourceRole = .bureau, title: String, body: String,
        sha: String, published: Date, match: ArticleMatch = .new, seconds: Int = 0,
        attachments: [Attachment] = []
    ) -> PageObservation {
        let article = ExtractedArticle(
            url: url, title: title, published: published, publisher: nil,
            paragraphs: body.components(separatedBy: "\n\n"), attachments: attachments)
        return PageObservation(
            sourceID: source, sourceKind: kind, article: article,
            fingerprint: ContentFingerprint(sha256: sha, simhash: 0, numbers: []),
            match: match, fetchedAt: at(seconds))
    }
}
