import Foundation

/// One text of an article: version 1 is the text first seen; each change of the normalized
/// body at a known URL adds one.
public struct ArticleVersion: Sendable, Hashable, Codable {
    public var number: Int
    public var sha256: String
    public var title: String
    public var body: String
    public var fetchedAt: Date

    public init(number: Int, sha256: String, title: String, body: String, fetchedAt: Date) {
        self.number = number
        self.sha256 = sha256
        self.title = title
        self.body = body
        self.fetchedAt = fetchedAt
    }
}
