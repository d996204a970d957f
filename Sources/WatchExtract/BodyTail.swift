/// Where an article ends inside its region: the first short line that opens a trailing
/// section (comments, related reads, share prompts, author boxes). It and what follows go.
enum BodyTail {
    /// Openers of trailing sections, lower case; a line must start with one. (`recommended` only
    /// in phrases: alone it is a label inside reviews, `Recommended for:`.)
    static let openers = [
        "related", "you may also like", "you might also like", "comments", "leave a reply",
        "leave a comment", "share this", "about the author", "more from", "recommended for you",
        "recommended reading", "recommended articles", "recommended stories", "recommended posts",
        "read next", "popular posts", "further reading", "related posts", "also read",
        "about the reviewer", "you may also enjoy", "more stories", "keep reading", "trending",
        "相关新闻", "相关阅读", "相关文章", "相关链接", "推荐阅读", "热点推荐", "网友评论", "发表评论",
        "我要评论", "延伸阅读",
    ]
    /// An opener line may add this many characters to the opener (`Related posts:`, `相关新闻 >>`).
    static let openerSlack = 12
    /// A cheap bound before any string work: the longest opener plus slack, 3 bytes a character.
    static let maxOpenerBytes = 3 * ((openers.map(\.count).max() ?? 0) + openerSlack)
    /// Only this far into the body (share of its bytes) can a trailing section start: a section
    /// is trailing when it is shorter than the article above it; earlier, a heading such as
    /// "Related Stories" is a box inside the article, and the article goes on below it.
    static let minimumShareBefore = 0.5

    /// Whole lines that are share-bar and toolbar labels, lower case: never body text.
    static let toolbarLabels: Set<String> = [
        "share", "share this", "share this article", "print", "print this page", "email", "tweet",
        "facebook", "twitter", "linkedin", "pinterest", "copy link", "advertisement", "sponsored",
        "分享到", "分享", "打印", "关闭", "收藏", "打印本页", "关闭窗口", "【打印】", "【关闭】",
        // Modern Chinese news pages: ad labels, audio players, reaction and report buttons.
        "广告", "听新闻", "语音播报", "点击播放", "播放", "暂停", "举报", "纠错", "我要纠错", "点赞", "转发",
        "评论", "写评论", "字号", "a+", "a-",
    ]

    static func isToolbarLabel(_ line: TextLine) -> Bool {
        line.bytes <= 24 && toolbarLabels.contains(line.text.lowercased())
    }

    /// `lines` cut before the first trailing-section opener (never before the first line).
    static func trimmed(_ indices: [Int], lines: [TextLine]) -> [Int] {
        guard indices.count > 1 else { return indices }
        let total = Double(indices.reduce(0) { $0 + lines[$1].bytes })
        var before = 0
        for position in indices.indices {
            defer { before += lines[indices[position]].bytes }
            guard Double(before) >= total * minimumShareBefore,
                  lines[indices[position]].bytes <= maxOpenerBytes else { continue }
            let text = lines[indices[position]].text
            if openers.contains(where: { TextMeasure.hasPrefixFoldingASCII(text, $0) && text.count <= $0.count + openerSlack }) {
                return Array(indices[..<position])
            }
        }
        return indices
    }
}
