extension SyntheticPages {
    /// The title of notice `number` on a made-up bureau news site.
    public static func noticeTitle(_ number: Int) -> String { "广东省邮政管理局通报第\(number)批快递服务质量抽查结果" }

    /// Where notice `number` is served.
    public static func noticePath(_ number: Int) -> String { "/news/a\(number).html" }

    /// The bureau's list page (the Guangdong template) linking notices `0..<count`, newest
    /// first, each with the day `day` gives it; `footer` is HTML after the list.
    public static func noticeList(count: Int, day: (Int) -> String, footer: String = "") -> String {
        let rows = (0..<count).reversed().map { number in
            "<li><a href=\"\(noticePath(number))\">\(noticeTitle(number))</a><span>\(day(number))</span></li>"
        }
        return """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>工作动态_广东省邮政管理局</title></head>
            <body><div class="list-right"><ul class="list">
            \(rows.joined(separator: "\n"))
            </ul></div>\(footer)</body></html>
            """
    }

    /// Notice `number` as a bureau serves it: meta tags (title, `day` at 09:30, source), a
    /// heading, and about 400 characters of text of its own.
    public static func noticePage(_ number: Int, day: String) -> String {
        let paragraphs =
            ["本次抽查为第\(number)批，共检查快递网点\(number * 7 + 3)个，发现问题\(number % 9 + 1)项。"]
            + Self.paragraphs(seed: UInt64(number) &* 7919, characters: 400)
        return detailPage(title: noticeTitle(number), day: day, paragraphs: paragraphs)
    }

    /// An article page of the Guangdong bureau's template: meta tags (title, `day` at 09:30,
    /// source), the heading and `paragraphs`.
    public static func detailPage(title: String, day: String, paragraphs: [String]) -> String {
        """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>\(title)_广东省邮政管理局</title>
        <meta name="ArticleTitle" content="\(title)">
        <meta name="PubDate" content="\(day) 09:30">
        <meta name="ContentSource" content="广东省邮政管理局"></head>
        <body><div class="detail"><h1>\(title)</h1><div class="detail-news">
        \(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        </div></div></body></html>
        """
    }
}
