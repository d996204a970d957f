import Foundation
import Logging
import WatchCore
import WatchDeliver
import WatchPipeline
import WatchTesting

/// A temporary watch folder and the pieces an `ArticleIngest` needs around a given store.
struct IngestFixture {
    let folder: URL
    let watch: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("bw-ingest-\(UUID().uuidString)")
        watch = folder.appendingPathComponent("watch").path
        try FileManager.default.createDirectory(atPath: watch, withIntermediateDirectories: true)
    }

    static let logger = Logger(label: "ingest-tests", factory: { _ in SwiftLogNoOpLogHandler() })

    func ingest(store: any Store, sources: [SourceConfig]) async throws -> ArticleIngest {
        try await ArticleIngest(store: store, publisher: ArticlePublisher(folder: WatchFolder(path: watch)), webhooks: [],
                                sources: sources, clock: SystemClock(), logger: Self.logger)
    }

    /// The Markdown files in the watch folder.
    func watchFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: watch).filter { $0.hasSuffix(".md") }.sorted()
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    static func source(_ number: Int, kind: SourceRole = .bureau) -> SourceConfig {
        SourceConfig(id: "bureau-\(number)", name: "邮政管理局\(number)", kind: kind,
                     url: "http://bureau-\(number).example/list.html")
    }

    /// One notice as bureau `number` publishes it: the same text, signed by a different editor
    /// (no digits, so the deduplicator's number rule does not keep them apart).
    static func notice(from number: Int) -> ExtractedArticle {
        let editors = Array("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥")
        let paragraphs = SyntheticPages.paragraphs(seed: 42, characters: 900) + ["责任编辑：\(editors[number])"]
        return ExtractedArticle(url: "http://bureau-\(number).example/art/notice.html",
                                title: "关于做好年末寄递旺季安全工作的通知", published: nil, publisher: "国家邮政局",
                                paragraphs: paragraphs)
    }
}
