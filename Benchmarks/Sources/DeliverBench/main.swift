import Foundation
import Logging
import WatchCore
import WatchDeliver

// Measures the delivery outputs on this machine and prints one table row per figure.
// Run: swift run -c release --package-path Benchmarks DeliverBench [count]

let count = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 1000
let logger = Logger(label: "bench") { _ in SwiftLogNoOpLogHandler() }
let root = FileManager.default.temporaryDirectory.appendingPathComponent("deliver-bench-\(UUID().uuidString)").path
let start = Date(timeIntervalSince1970: 1_795_255_200)

func article(_ index: Int) -> DeliveredArticle {
    DeliveredArticle(
        id: String(format: "%012x", index), title: "关于做好第\(index)号快递市场监管工作的通知", published: start,
        source: "spb-news", sourceName: "国家邮政局", publisher: "国家邮政局",
        url: "https://www.spb.gov.cn/gjyzj/c100015/\(index).shtml", mirrors: ["https://mirror.example/\(index).html"],
        fetched: start.addingTimeInterval(Double(index)), contentSHA256: String(repeating: "ab", count: 32),
        paragraphs: Array(repeating: String(repeating: "邮政管理部门加强寄递安全监管。", count: 12), count: 8))
}

func measure(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    return try clock.measure(body).seconds
}

func row(_ name: String, _ n: Int, _ seconds: Double, _ note: String = "") {
    let perItem = seconds / Double(n) * 1e6
    let padded = name.count >= 44 ? name : name + String(repeating: " ", count: 44 - name.count)
    print("| \(padded) | " + String(format: "%6d | %9.1f | %10.1f | ", n, seconds * 1000, perItem) + note)
}

let articles = (0..<count).map(article)
print("| figure                                       |      n |  total ms |  µs / item | note")
print("|----------------------------------------------|--------|-----------|------------|-----")

let folder = WatchFolder(path: root + "/watch")
row(
    "watch file (render+write+fsync+rename)", count,
    try measure {
        for item in articles { try folder.write(item, logger: logger) }
    })
row(
    "watch file render only", count,
    measure {
        for item in articles { _ = WatchDocument.render(item) }
    })

let feed = AtomFeed()
var feedBytes = 0
let feedRuns = 20
row(
    "feed.xml of latest 100 (from n=\(count))", feedRuns,
    try measure {
        for _ in 0..<feedRuns { try feed.write(articles, to: root + "/watch", now: start, logger: logger) }
    }, "per write")
feedBytes =
    (try? FileManager.default.attributesOfItem(atPath: root + "/watch/feed.xml")[.size] as? NSNumber)?.intValue ?? 0
print("| feed.xml size                                 |      1 |           |            | \(feedBytes) bytes")

let warc = WARCWriter(folder: root + "/archive")
let page = Array(String(repeating: "<p>邮政管理部门加强寄递安全监管。</p>\n", count: 600).utf8)
let warcSeconds = try await {
    let clock = ContinuousClock()
    let began = clock.now
    for index in 0..<count {
        let response = ArchivedResponse(
            url: "https://www.spb.gov.cn/\(index).shtml", status: 200,
            headers: [HTTPHeader("Content-Type", "text/html; charset=utf-8")],
            body: page, fetchedAt: start)
        try await warc.append(response, logger: logger)
    }
    return (clock.now - began).seconds
}()
let warcSize =
    (try? FileManager.default.attributesOfItem(atPath: root + "/archive/2026-11.warc.gz")[.size] as? NSNumber)?.intValue
    ?? 0
row(
    "WARC append (\(page.count / 1024) KB page, gzip, fsync)", count, warcSeconds,
    String(
        format: "%.1f MB/s in; file %.2f MB (%.0f%% of input)", Double(page.count * count) / warcSeconds / 1e6,
        Double(warcSize) / 1e6, Double(warcSize) / Double(page.count * count) * 100))

let entry = OutboxPlanner.entries(
    for: .articleNew, article: articles[0], path: "watch/x.md",
    webhooks: [WebhookConfig(id: "w", url: "http://h/")], now: start)[0]
let builder = WebhookRequestBuilder()
for format in WebhookFormat.allCases {
    let webhook = WebhookConfig(id: "w", url: "http://h/", format: format, secret: "SECbench")
    row(
        "webhook request \(format.rawValue) (render+sign)", count,
        try measure {
            for _ in 0..<count { _ = try builder.request(for: entry, to: webhook, now: start) }
        })
}
try? FileManager.default.removeItem(atPath: root)
