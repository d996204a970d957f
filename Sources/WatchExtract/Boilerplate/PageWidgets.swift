import Foundation

/// The page-tool widgets of Chinese government templates, wherever they sit on a line:
/// `【字体：大 中 小】`, `字号：大 中 小`, `【打印本页】`, `【关闭窗口】`, `【我要纠错】`, a trailing
/// `分享到：`, `扫一扫在手机打开当前页`. They are buttons drawn as text, never article text, and
/// often share a line with the dateline or the first paragraph, where whole-line patterns
/// cannot take them.
enum PageWidgets {
    /// Words a line must hold for the expressions to be worth running (searched as bytes).
    static let keywords = WordSet(["字体", "字号", "【", "[", "分享", "扫一扫"])
    /// Size choices a font widget offers.
    static let sizes = #"(?:大|中|小|默认|超大|特大|标准|较大|较小)"#
    /// The font-size widget, bracketed or not (unbracketed it needs two sizes after its colon).
    static let fontSize =
        #"[【\[]\s*(?:字体|字号)\s*[:：]?\s*(?:[\[【(（]?\s*"# + sizes + #"\s*[\]】)）]?\s*)+[】\]]"#
        + #"|(?:字体|字号)\s*[:：]\s*(?:[\[【(（]?\s*"# + sizes + #"\s*[\]】)）]?\s*){2,}"#
    /// Bracketed page tools.
    static let tools =
        #"[【\[]\s*(?:打印本页|打印此页|打印文章|我要打印|打印|关闭窗口|关闭本页|关闭此页|关闭|我要纠错|纠错|收藏本页|加入收藏|收藏|返回顶部|保存本页|保存|推荐给朋友|分享)\s*[】\]]"#
    /// A share prompt closing a line (its icons are images), and the QR-code prompt.
    static let prompts = #"(?:分享到|分享至)\s*[:：]?\s*$|扫一扫在手机上?(?:打开|阅读|查看|浏览)(?:当前页|本页|此页)?"#
    static let widget = try! NSRegularExpression(pattern: [fontSize, tools, prompts].joined(separator: "|"))

    /// `line` without its widgets, whitespace collapsed where one was cut out; the line itself
    /// when it holds none.
    static func stripped(_ line: String) -> String {
        // Every keyword starts with `[` or a CJK lead byte (E3–E6): a line with neither, such as
        // any English line, is passed without a copy.
        guard line.utf8.contains(where: { $0 == 0x5B || (0xE3...0xE6).contains($0) }),
            keywords.anyOccurs(in: Array(line.utf8), pairs: nil)
        else { return line }
        let range = NSRange(line.startIndex..., in: line)
        let cut = widget.stringByReplacingMatches(in: line, range: range, withTemplate: " ")
        return cut == line ? line : ListText.collapsed(cut)
    }
}
