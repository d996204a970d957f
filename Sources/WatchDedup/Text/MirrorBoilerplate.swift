import Foundation

/// What mirror sites add to a reposted article and the bureau's page never has: repost
/// disclaimers, editor's notes, reprint and source lines, share and QR prompts. Removed from the
/// text that is fingerprinted (never from the display text the store keeps), so a copy wrapped
/// in them hashes like the original.
///
/// Works on the display text, which is already simplified: a traditional copy's `轉載` arrives
/// here as `转载`, so one set of patterns covers both scripts.
enum MirrorBoilerplate {
    /// A whole paragraph of this kind is mirror chrome. Each pattern is anchored at the start;
    /// `maxLength` keeps a real paragraph that opens with the same words (`来源于基层的经验…`).
    struct LinePattern {
        let regex: NSRegularExpression
        let maxLength: Int
    }

    /// Words without which no pattern can match: a paragraph holding none skips the regexes.
    static let keywords = ["转载", "转自", "来源", "编者按", "侵权", "侵删", "扫一扫", "二维码", "分享", "原文", "编辑", "出处"]

    /// The keywords' first two scalars, packed: one pass over a text's scalar pairs tells
    /// whether any keyword can occur (most bodies hold none, and skip everything else).
    static let keywordStarts: Set<UInt64> = Set(
        keywords.map { word in
            let scalars = Array(word.unicodeScalars)
            return UInt64(scalars[0].value) << 32 | UInt64(scalars[1].value)
        })

    static func mayHoldKeyword(_ text: String) -> Bool {
        var previous: UInt64 = 0
        for scalar in text.unicodeScalars {
            let pair = previous << 32 | UInt64(scalar.value)
            if keywordStarts.contains(pair) { return true }
            previous = UInt64(scalar.value)
        }
        return false
    }

    /// The longest parenthesised remark removed from inside a paragraph.
    static let maxRemarkLength = 80

    static let linePatterns: [LinePattern] = [
        // 编者按：… (the mirror's introduction; may run long).
        line(#"^[【\[（(]?编者按[】\]）)]?\s*[:：]?"#, maxLength: 400),
        // 本文转载自国家邮政局网站, 转自：…, 文章转载自…
        line(#"^[【\[（(]?((本文|文章|此文|该文)?(转载自|转载于|转自)|(本文|文章)来源于)"#, maxLength: 120),
        // 来源：国家邮政局, 本文来源：…, 出处：…
        line(#"^[【\[（(]?(本文|文章)?(来源|出处)\s*[:：]"#, maxLength: 120),
        // 信息来源：…, 稿件来源：…, 原文链接：…, 原标题：…
        line(#"^[【\[（(]?(信息来源|稿件来源|文章来源|原文链接|原文地址|原标题)\s*[:：]"#, maxLength: 200),
        // (编辑：张三), 责任编辑：李四
        line(#"^[【\[（(]?(责任编辑|编辑|责编)\s*[:：]"#, maxLength: 40),
        // 如有侵权请联系删除 and its variants standing alone.
        line(#"^.{0,20}((如|若)(有|涉及?)侵权|侵权请|侵删)"#, maxLength: 80),
        // 扫一扫分享, 分享到：微信 微博, 扫描二维码在手机上阅读.
        line(#"^.{0,10}(扫一扫|扫描二维码|分享到|分享至|一键分享|微信扫)"#, maxLength: 40),
    ]

    /// A parenthesised repost remark inside a paragraph: `（本文转载自国家邮政局网站，如有侵权请联系删除）`.
    static let remark = try! NSRegularExpression(
        pattern: #"[（(【\[][^（()）【\]】]{0,\#(maxRemarkLength)}(转载|转自|侵权|来源[:：])[^（()）【\]】]{0,\#(maxRemarkLength)}[)）】\]]"#
    )

    /// `display` without mirror chrome: paragraphs (separated by line breaks) that are chrome
    /// dropped, repost remarks cut out of the others.
    static func stripped(_ display: String) -> String {
        guard mayHoldKeyword(display) else { return display }
        var kept: [String] = []
        for paragraph in display.split(separator: "\n", omittingEmptySubsequences: false) {
            let text = String(paragraph)
            guard mayHoldKeyword(text) else {
                kept.append(text)
                continue
            }
            let withoutRemarks = removingRemarks(text)
            if !isChromeLine(withoutRemarks) { kept.append(withoutRemarks) }
        }
        return kept.joined(separator: "\n")
    }

    static func isChromeLine(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return true }
        let range = NSRange(trimmed.startIndex..., in: trimmed)
        let length = trimmed.unicodeScalars.count
        return linePatterns.contains { pattern in
            length <= pattern.maxLength && pattern.regex.firstMatch(in: trimmed, range: range) != nil
        }
    }

    static func removingRemarks(_ text: String) -> String {
        let range = NSRange(text.startIndex..., in: text)
        return remark.stringByReplacingMatches(in: text, range: range, withTemplate: "")
    }

    private static func line(_ pattern: String, maxLength: Int) -> LinePattern {
        // The patterns are literals, each covered by NormalizerTests.
        LinePattern(regex: try! NSRegularExpression(pattern: pattern), maxLength: maxLength)
    }
}
