import Foundation
import Logging
import Testing
import WatchCore
import WatchTesting

@testable import WatchDeliver

/// Each format sent through the worker to a real receiver, the body checked field by field
/// against the platform's published format and every signature recomputed here.
@Suite struct WebhookFormatTests {
    static let secret = "SECd8f2a1c93b7e4f6a0b5c"

    /// Sends `article` as `article.new` to a receiver configured as `format`; returns the request.
    static func deliver(
        _ format: WebhookFormat, secret: String? = WebhookFormatTests.secret,
        article: DeliveredArticle = Fixtures.article, query: String = ""
    ) async throws
        -> (request: RecordedRequest, entry: OutboxEntry, sentAt: Date)
    {
        let receiver = try WebhookReceiver()
        defer { receiver.stop() }
        let webhook = WebhookConfig(id: "hook", url: receiver.url + query, format: format, secret: secret)
        let clock = ManualClock()
        let outbox = InMemoryStore(clock: clock)
        let entries = OutboxPlanner.entries(
            for: .articleNew, article: article, path: "watch/a.md",
            webhooks: [webhook], now: clock.now)
        await outbox.enqueue(entries)
        let worker = DeliveryWorker(
            outbox: outbox, webhooks: [webhook], transport: Fixtures.transport,
            clock: clock, logger: Fixtures.logger)
        let report = try await worker.drain()
        #expect(report == DeliveryReport(delivered: 1))
        let request = try #require(receiver.requests.first)
        #expect(request.method == "POST")
        #expect(request.header("Content-Type") == "application/json; charset=utf-8")
        #expect(request.header("X-Bureauwatch-Event") == "article.new")
        #expect(request.header("X-Bureauwatch-Delivery") == entries[0].deliveryID)
        return (request, entries[0], clock.now)
    }

    @Test func jsonBodyIsDesignsDocumentWithItsHMACHeader() async throws {
        let (request, _, _) = try await Self.deliver(.json)
        let text = String(decoding: request.body, as: UTF8.self)
        // Field order is part of the contract.
        let keys = [
            "\"event\"", "\"article\"", "\"id\"", "\"title\"", "\"published\"", "\"source\"", "\"source_name\"",
            "\"publisher\"", "\"url\"", "\"canonical_url\"", "\"mirrors\"", "\"attachments\"", "\"summary\"",
            "\"content_sha256\"", "\"path\"",
        ]
        let positions = keys.compactMap { text.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count && positions == positions.sorted())
        let body = request.json
        #expect(body["event"] as? String == "article.new")
        let article = try #require(body["article"] as? [String: Any])
        #expect(article["id"] as? String == "3f9a0c1b2d4e")
        #expect(article["title"] as? String == Fixtures.article.title)
        #expect(article["published"] as? String == "2023-10-26T00:00:00+08:00")
        #expect(article["source"] as? String == "gd-news")
        #expect(article["source_name"] as? String == "广东省邮政管理局")
        #expect(article["publisher"] as? String == "广东省邮政管理局")
        #expect(article["url"] as? String == Fixtures.article.url)
        #expect(article["canonical_url"] as? String == Fixtures.article.canonicalURL)
        #expect(article["mirrors"] as? [String] == Fixtures.article.mirrors)
        #expect((article["attachments"] as? [Any])?.isEmpty == true)
        #expect(article["summary"] as? String == "近日，河源、梅州、茂名、潮州市邮政管理局分别与…… 会议要求，各方加强协作。")
        #expect(article["content_sha256"] as? String == Fixtures.article.contentSHA256)
        #expect(article["path"] as? String == "watch/a.md")
        let expected =
            "sha256=" + Hex.of(try LibCryptoBridge.hmacSHA256(key: Array(Self.secret.utf8), message: request.body))
        #expect(request.header("X-Bureauwatch-Signature-256") == expected)
    }

    @Test func jsonWithoutASecretCarriesNoSignature() async throws {
        let (request, _, _) = try await Self.deliver(.json, secret: nil)
        #expect(request.header("X-Bureauwatch-Signature-256") == nil)
    }

    @Test func dingtalkSendsAMarkdownMessageSignedInTheQuery() async throws {
        let (request, _, sentAt) = try await Self.deliver(.dingtalk, query: "?access_token=abc")
        let body = request.json
        #expect(Set(body.keys) == ["msgtype", "markdown"])
        #expect(body["msgtype"] as? String == "markdown")
        let markdown = try #require(body["markdown"] as? [String: Any])
        #expect(markdown["title"] as? String == "新文章：" + Fixtures.article.title)
        let text = try #require(markdown["text"] as? String)
        #expect(text.contains("[\(Fixtures.article.title)](\(Fixtures.article.canonicalURL!))"))
        #expect(text.contains("> 来源：广东省邮政管理局"))
        let query = request.query
        #expect(query["access_token"] == "abc")
        let timestamp = try #require(query["timestamp"])
        #expect(Int64(timestamp) == Int64(sentAt.timeIntervalSince1970 * 1000))
        // DingTalk: Base64(HMAC-SHA256(key: secret, message: timestamp + "\n" + secret)), URL-encoded.
        let mac = try LibCryptoBridge.hmacSHA256(
            key: Array(Self.secret.utf8), message: Array("\(timestamp)\n\(Self.secret)".utf8))
        #expect(query["sign"] == Data(mac).base64EncodedString())
        // The raw query must be percent-encoded: a Base64 `+` or `/` must not travel bare.
        let rawSign = String(request.path.split(separator: "sign=").last ?? "")
        #expect(!rawSign.contains("+") && !rawSign.contains("/") && !rawSign.contains("="))
    }

    @Test func wecomSendsAMarkdownMessage() async throws {
        var article = Fixtures.article
        article.paragraphs = [String(repeating: "很长的正文。", count: 2000)]
        let (request, _, _) = try await Self.deliver(.wecom, secret: nil, article: article)
        let body = request.json
        #expect(Set(body.keys) == ["msgtype", "markdown"])
        #expect(body["msgtype"] as? String == "markdown")
        let markdown = try #require(body["markdown"] as? [String: Any])
        #expect(Set(markdown.keys) == ["content"])
        let content = try #require(markdown["content"] as? String)
        #expect(content.hasPrefix("### 新文章\n\n[" + Fixtures.article.title + "]("))
        #expect(content.utf8.count <= 4096)
    }

    @Test func feishuSendsAPostSignedInTheBody() async throws {
        let (request, _, sentAt) = try await Self.deliver(.feishu)
        let body = request.json
        #expect(Set(body.keys) == ["timestamp", "sign", "msg_type", "content"])
        #expect(body["msg_type"] as? String == "post")
        let timestamp = try #require(body["timestamp"] as? String)
        #expect(Int64(timestamp) == Int64(sentAt.timeIntervalSince1970))
        // Feishu: Base64(HMAC-SHA256(key: timestamp + "\n" + secret, message: empty)).
        let mac = try LibCryptoBridge.hmacSHA256(key: Array("\(timestamp)\n\(Self.secret)".utf8), message: [])
        #expect(body["sign"] as? String == Data(mac).base64EncodedString())
        let content = try #require(body["content"] as? [String: Any])
        let post = try #require((content["post"] as? [String: Any])?["zh_cn"] as? [String: Any])
        #expect(post["title"] as? String == "新文章：" + Fixtures.article.title)
        let lines = try #require(post["content"] as? [[[String: Any]]])
        let elements = lines.flatMap { $0 }
        #expect(elements.allSatisfy { ["text", "a"].contains($0["tag"] as? String) })
        let link = try #require(elements.first { $0["tag"] as? String == "a" })
        #expect(link["href"] as? String == Fixtures.article.canonicalURL)
        #expect((link["text"] as? String)?.isEmpty == false)
        #expect(elements.contains { ($0["text"] as? String)?.hasPrefix("近日") == true })
    }

    @Test func feishuWithoutASecretHasNoSigningFields() async throws {
        let (request, _, _) = try await Self.deliver(.feishu, secret: nil)
        #expect(Set(request.json.keys) == ["msg_type", "content"])
    }

    @Test func slackSendsTextAndBlocks() async throws {
        var article = Fixtures.article
        article.title = "A <b> & B " + String(repeating: "长", count: 200)
        let (request, _, _) = try await Self.deliver(.slack, secret: nil, article: article)
        let body = request.json
        #expect(Set(body.keys) == ["text", "blocks"])
        #expect((body["text"] as? String)?.hasPrefix("新文章：A <b>") == true)
        let blocks = try #require(body["blocks"] as? [[String: Any]])
        #expect(blocks.map { $0["type"] as? String } == ["header", "section", "context"])
        let header = try #require(blocks[0]["text"] as? [String: Any])
        #expect(header["type"] as? String == "plain_text")
        #expect((header["text"] as? String)?.count ?? 0 <= 150)
        let section = try #require(blocks[1]["text"] as? [String: Any])
        #expect(section["type"] as? String == "mrkdwn")
        let sectionText = try #require(section["text"] as? String)
        #expect(sectionText.hasPrefix("<\(Fixtures.article.canonicalURL!)|A &lt;b&gt; &amp; B "))
        #expect(sectionText.count <= 3000)
        let context = try #require(blocks[2]["elements"] as? [[String: Any]])
        #expect(context.allSatisfy { $0["type"] as? String == "mrkdwn" })
    }

    @Test func signaturesMatchThePlatformsOwnReferenceCode() throws {
        // The algorithms as DingTalk's and Feishu's documentation show them in Python.
        let script = """
            import sys, hmac, hashlib, base64, urllib.parse
            ts, secret = sys.argv[1], sys.argv[2]
            ding = urllib.parse.quote_plus(base64.b64encode(hmac.new(secret.encode(), f'{ts}\\n{secret}'.encode(), hashlib.sha256).digest()))
            feishu = base64.b64encode(hmac.new(f'{ts}\\n{secret}'.encode(), b'', hashlib.sha256).digest()).decode()
            print(ding); print(feishu)
            """
        let output = try PythonTool.run(script, arguments: ["1599360473", Self.secret]).split(separator: "\n")
        let ding = try WebhookSignature.dingtalk(timestampMillis: 1_599_360_473, secret: Self.secret)
        #expect(WebhookSignature.percentEncode(ding) == String(output[0]))
        #expect(try WebhookSignature.feishu(timestampSeconds: 1_599_360_473, secret: Self.secret) == String(output[1]))
    }
}
