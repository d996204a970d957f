import Foundation
import WatchCore

/// The `json` webhook body (DESIGN.md): `{"event": …, "article": {…}}`, fields in that order.
/// It is what the outbox stores; the other formats are rendered from it.
public struct EventPayload: Sendable, Hashable, Codable {
    /// The article part of the payload.
    public struct Article: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
        public var published: String?
        public var source: String
        public var sourceName: String
        public var publisher: String?
        public var url: String
        public var canonicalURL: String?
        public var mirrors: [String]
        public var attachments: [Attachment]
        public var summary: String
        public var contentSHA256: String
        /// The watch-folder file, e.g. `watch/2023-10-26_gd-news_3f9a0c1b2d4e.md`.
        public var path: String

        enum CodingKeys: String, CodingKey {
            case id, title, published, source, publisher, url, mirrors, attachments, summary, path
            case sourceName = "source_name"
            case canonicalURL = "canonical_url"
            case contentSHA256 = "content_sha256"
        }
    }

    /// The source part of a `source.failing` event.
    public struct Source: Sendable, Hashable, Codable {
        public var id: String
        public var name: String
        public var error: String
        public var failingSince: String

        enum CodingKeys: String, CodingKey {
            case id, name, error
            case failingSince = "failing_since"
        }
    }

    public var event: EventKind
    public var article: Article?
    public var source: Source?

    /// Characters of body text in `summary`.
    public static let summaryLength = 200

    /// The payload announcing `article`, whose file is `path` (as the watch folder named it).
    public init(event: EventKind, article: DeliveredArticle, path: String) {
        self.event = event
        self.article = Article(
            id: article.id, title: article.title, published: article.published.map(ShanghaiTime.timestamp),
            source: article.source, sourceName: article.sourceName, publisher: article.publisher,
            url: article.url, canonicalURL: article.canonicalURL, mirrors: article.mirrors,
            attachments: article.attachments, summary: Summary.of(article, length: Self.summaryLength),
            contentSHA256: article.contentSHA256, path: path)
    }

    /// The payload of a source event (`source.failing`, `source.recovered`): `error` is the
    /// failure (for a recovery, the last one), `since` when the source stopped working.
    public init(source event: EventKind, id: String, name: String, error: String, since: Date) {
        self.event = event
        source = Source(id: id, name: name, error: error, failingSince: ShanghaiTime.timestamp(since))
    }

    /// Reads a stored payload back; a clear error says what is wrong with it.
    public init(bytes: [UInt8]) throws {
        do {
            self = try JSONDecoder().decode(EventPayload.self, from: Data(bytes))
        } catch {
            throw DeliveryError(path: "outbox payload", operation: "decode", message: "\(error)")
        }
    }

    /// The JSON document, keys in DESIGN.md's order.
    public var json: JSONValue {
        var fields: [(String, JSONValue)] = [("event", .string(event.rawValue))]
        if let article { fields.append(("article", Self.json(article))) }
        if let source {
            fields.append(
                (
                    "source",
                    .object([
                        ("id", .string(source.id)), ("name", .string(source.name)),
                        ("error", .string(source.error)), ("failing_since", .string(source.failingSince)),
                    ])
                ))
        }
        return .object(fields)
    }

    private static func json(_ a: Article) -> JSONValue {
        .object([
            ("id", .string(a.id)), ("title", .string(a.title)), ("published", .optional(a.published)),
            ("source", .string(a.source)), ("source_name", .string(a.sourceName)),
            ("publisher", .optional(a.publisher)), ("url", .string(a.url)),
            ("canonical_url", .optional(a.canonicalURL)), ("mirrors", .array(a.mirrors.map(JSONValue.string))),
            (
                "attachments",
                .array(
                    a.attachments.map {
                        .object([("title", .string($0.title)), ("url", .string($0.url))])
                    })
            ),
            ("summary", .string(a.summary)), ("content_sha256", .string(a.contentSHA256)),
            ("path", .string(a.path)),
        ])
    }
}
