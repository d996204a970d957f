import Foundation
import Logging
import WatchCore
import WatchFetch

/// Shared test data.
enum Fixtures {
    /// 2023-10-26T00:00:00+08:00.
    static let published = Date(timeIntervalSince1970: 1_698_249_600)
    /// 2026-11-21T18:00:00+08:00.
    static let fetched = Date(timeIntervalSince1970: 1_795_255_200)

    static let article = DeliveredArticle(
        id: "3f9a0c1b2d4e", title: "河源、梅州、茂名、潮州局召开三季度政企联席会", published: published,
        source: "gd-news", sourceName: "广东省邮政管理局", publisher: "广东省邮政管理局",
        url: "http://gd.spb.gov.cn/gdyzgljxxgk/a1.shtml", canonicalURL: "http://gd.spb.gov.cn/gdyzgljxxgk/a1.shtml",
        mirrors: ["https://mirror.example/news/1.html"], attachments: [],
        fetched: fetched, contentSHA256: "3f9a0c1b2d4e" + String(repeating: "ab", count: 26),
        paragraphs: ["近日，河源、梅州、茂名、潮州市邮政管理局分别与……", "会议要求，各方加强协作。"])

    /// A logger that keeps test output quiet.
    static let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }

    /// The daemon's webhook transport: libcurl, following no redirect.
    static let transport = CurlTransport(limits: .webhook, logger: logger)

    /// A fresh empty folder under the temporary directory.
    static func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("deliver-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The names in `folder`, hidden ones included, sorted.
    static func names(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }
}
