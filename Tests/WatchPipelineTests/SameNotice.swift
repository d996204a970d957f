import Foundation
import WatchCore
import WatchTesting

/// One notice that many bureaus publish, each from its own source: the ingest tests' sample.
enum SameNotice {
    static func source(_ number: Int, kind: SourceRole = .bureau) -> SourceConfig {
        SourceConfig(
            id: "bureau-\(number)", name: "邮政管理局\(number)", kind: kind,
            url: "http://bureau-\(number).example/list.html")
    }

    /// The notice as bureau `number` publishes it: the same text, signed by a different editor
    /// (no digits, so the deduplicator's number rule does not keep them apart).
    static func notice(from number: Int) -> ExtractedArticle {
        let editors = Array("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥")
        let paragraphs = SyntheticPages.paragraphs(seed: 42, characters: 900) + ["责任编辑：\(editors[number])"]
        return ExtractedArticle(
            url: "http://bureau-\(number).example/art/notice.html",
            title: "关于做好年末寄递旺季安全工作的通知", published: nil, publisher: "国家邮政局",
            paragraphs: paragraphs)
    }
}
