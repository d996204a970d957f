import Foundation

/// The pages the fault site serves: small list and article pages in the bureaus' style, and the
/// 200 pages that are not lists at all (a login form, a captcha wall).
public enum FaultPages {
    /// Headers that claim UTF-8 whatever the body is.
    static let claimsUTF8 = [("Content-Type", "text/html; charset=utf-8")]

    /// A list of `count` articles `a1.html`… under `section`.
    public static func list(section: String, count: Int) -> String {
        let rows = (1...max(count, 1)).map { index in
            "<li><a href=\"a\(index).html\">\(title(section: section, index: index))</a><span>2026-11-\(10 + index)</span></li>"
        }
        return """
            <html><head><meta charset="utf-8"><title>工作动态</title></head><body>
            <div class="list"><ul>
            \(rows.joined(separator: "\n"))
            </ul></div></body></html>
            """
    }

    /// The title of article `index` under `section`: distinct per section so nothing deduplicates.
    public static func title(section: String, index: Int) -> String {
        "关于\(section.replacingOccurrences(of: "-", with: ""))栏目第\(index)项快递市场监管工作的通知"
    }

    /// An article page with meta tags and a body of distinct text.
    public static func article(section: String, page: String) -> String {
        let index = Int(page.dropFirst().prefix { $0.isNumber }) ?? 1
        let title = title(section: section, index: index)
        let seed = UInt64(StaticSite.hash(Array("\(section)/\(page)".utf8)), radix: 16) ?? 1
        let paragraphs = SyntheticPages.paragraphs(seed: seed, characters: 600)
        return """
            <html><head><meta charset="utf-8"><title>\(title)</title>
            <meta name="ArticleTitle" content="\(title)"><meta name="PubDate" content="2026-11-\(10 + index) 09:30">
            <meta name="ContentSource" content="测试省邮政管理局"></head>
            <body><div class="header"><a href="/">首页</a></div>
            <div class="detail-news"><h1>\(title)</h1>
            \(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))
            </div></body></html>
            """
    }

    /// A 200 head with `Content-Length: contentLength`, whatever follows.
    static func head(contentLength: Int) -> [UInt8] {
        Array(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: \(contentLength)\r\nConnection: close\r\n\r\n"
                .utf8)
    }

    /// `text` in GB18030 (Foundation's CFStringEncoding 0x80000632, measured to round-trip here).
    static func gb18030(_ text: String) -> [UInt8] {
        let encoding = String.Encoding(rawValue: 0x8000_0632)
        return text.data(using: encoding).map { [UInt8]($0) } ?? Array(text.utf8)
    }

    /// A single-sign-on wall: a form, a password field, two links.
    public static let login = """
        <html><head><meta charset="utf-8"><title>统一身份认证平台 - 用户登录</title></head><body>
        <form action="/login" method="post"><label>用户名</label><input name="username">
        <label>密码</label><input type="password" name="password"><button>登录</button></form>
        <ul><li><a href="/forgot">忘记密码</a></li><li><a href="/register">注册新用户</a></li></ul>
        </body></html>
        """

    /// A bot wall: a captcha image and a form.
    public static let captcha = """
        <html><head><meta charset="utf-8"><title>安全验证</title></head><body>
        <p>访问过于频繁，请输入验证码后继续访问。</p>
        <form action="/verify"><img src="/captcha.jpg" alt="验证码"><input name="captcha"><button>提交</button></form>
        </body></html>
        """
}
