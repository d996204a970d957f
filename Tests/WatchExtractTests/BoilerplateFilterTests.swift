import Testing

@testable import WatchExtract

@Suite struct BoilerplateFilterTests {
    /// Each seed's chrome lines, by their first characters, read off the seeds by hand.
    /// Everything else in a seed (titles included) is the article and must survive.
    static let chromeBySeed: [String: [String]] = [
        "000": [
            "欢迎访问", "本站部分信息", "本网部分转载", "北京金政国信", "通讯邮递调研网 txyddy", "联系电话",
            "监督电话", "地址:", "联系邮箱",
        ],
        "001": [
            "现在位置", "投稿人", "4年前 (2020-04-30) 沙发", "来源:国家邮政局网站", "本文由物流报", "发表评论",
            "邮箱地址不会被公开",
        ],
        "002": [
            "欢迎访问", "当前位置", "发布日期", "原文链接", "[免责声明]", "本网概况", "本站部分信息", "本网部分转载",
            "北京金政国信", "通讯邮递调研网 txyddy", "京ICP备", "联系电话", "监督电话", "地址:", "联系邮箱",
            "全国政务信息一体化应用平台 北京",
        ],
        "003": ["![]()", "特别声明", "Notice:"],
        "004": ["2015-08-21"],
    ]

    @Test(arguments: ["000", "001", "002", "003", "004"])
    func removesExactlyTheSeedsChrome(seed: String) throws {
        let lines = try SeedFixtureFiles.seedLines(seed)
        let chrome = try #require(Self.chromeBySeed[seed])
        let expected = lines.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { line in !line.isEmpty && !chrome.contains { line.hasPrefix($0) } }
        let cleaned = BoilerplateFilter.clean(lines)
        #expect(cleaned == expected)
        #expect(lines.count - cleaned.count >= chrome.count) // every listed chrome line was there and went
    }

    @Test(arguments: [
        ("welcomeBar", "欢迎访问 通讯邮递调研网"),
        ("breadcrumb", "您现在的位置：首页 > 新闻中心"),
        ("breadcrumbTrail", "首页 > 行业动态 > 正文"),
        ("viewCounter", "阅读：1,024次"),
        ("filingNumber", "京公网安备 11010202007865号"),
        ("copyright", "Copyright © 2024 国家邮政局 All Rights Reserved"),
        ("shareBar", "分享到：微信 微博 QQ空间"),
        ("pageTools", "【打印本页】 【关闭窗口】"),
        ("pageTools", "字号：大 中 小"),
        ("scanPrompt", "扫一扫在手机打开当前页"),
        ("previousNext", "上一篇：国家邮政局召开党组会议"),
        ("previousNext", "下一篇：2024年6月邮政行业运行情况"),
        ("editor", "（责任编辑：王五）"),
        ("imageMarkdown", "![图片](https://example.com/a.png)"),
        ("commentForm", "已有3条评论"),
        ("contributor", "投稿人: 张三"),
        ("sofa", "2020-04-30 沙发"),
        ("postAge", "3天前 (2024-07-18)"),
        ("originalLink", "原文地址：http://www.spb.gov.cn/a.shtml"),
        ("disclaimerLabel", "【版权声明】本文仅供学习交流。"),
        ("disclaimerPhrase", "文章内容仅代表作者个人观点，不代表本站立场。"),
        ("englishNotice", "NOTICE: The content above is uploaded by a user."),
        ("footerLinks", "关于我们 | 联系我们 | 网站地图"),
        ("filingNumber", "粤icp备19034826号"),
    ])
    func namedPatternsRecogniseTheirChrome(name: String, line: String) throws {
        let pattern = try #require(BoilerplatePatterns.strong.first { $0.name == name })
        #expect(
            !pattern.matches(
                "国家邮政局召开" + line + "专题会议，研究部署下半年重点工作，要求全系统切实抓好落实。"
                    + String(repeating: "会议强调要坚持稳中求进。", count: 40)), "too long to be chrome")
        #expect(pattern.matches(line))
        let article = "国家邮政局召开专题会议，研究部署下半年重点工作，要求全系统切实抓好落实。"
        #expect(BoilerplateFilter.clean([article, line, article + "会议强调了安全生产。"]).count == 2)
    }

    @Test(arguments: [
        ("publishedLine", "发布时间：2024-07-18 10:30"),
        ("sourceLine", "来源：国家邮政局"),
        ("dateOnly", "[2024-07-18]"),
        ("dateOnly", "2024年7月18日"),
    ])
    func headPatternsRecogniseTheirMetadata(name: String, line: String) throws {
        let pattern = try #require(BoilerplatePatterns.head.first { $0.name == name })
        #expect(pattern.matches(line))
        #expect(BoilerplateFilter.clean(["标题", line, "国家邮政局召开专题会议，研究部署下半年重点工作。"]).count == 2)
    }

    @Test func realSentencesThatLookLikeChromeStay() {
        let article = [
            "关于召开2024年邮政快递业安全生产工作会议的通知",
            "各省、自治区、直辖市邮政管理局：",
            "为做好下半年安全生产工作，国家邮政局定于7月下旬召开全行业安全生产工作会议。现将有关事项通知如下。",
            "时间：2024年7月25日上午9:00。",
            "地址：北京市西城区金融大街甲7号国家邮政局。",
            "联系电话：010-68350000。",
            "全国快递服务网点浏览量与投诉量同比下降，首页展示的服务信息将进一步规范。",
            "会议强调，要把版权保护纳入寄递渠道治理，严厉打击侵权盗版出版物寄递行为。",
            "国家邮政局办公室",
            "2024年7月18日",
        ]
        #expect(BoilerplateFilter.clean(article) == article)
    }

    @Test func aDateUnderTheTitleGoesButOneInTheSignatureStays() {
        let lines = ["标题", "2024-07-18", "正文第一段，内容足够长，说明会议的情况。", "国家邮政局", "2024-07-18"]
        #expect(BoilerplateFilter.clean(lines) == ["标题", "正文第一段，内容足够长，说明会议的情况。", "国家邮政局", "2024-07-18"])
    }

    @Test func theFooterIsEverythingFromTheFirstChromeLineAfterTheArticle() {
        let lines = ["正文第一段，内容足够长，说明会议的情况。", "版权所有：通讯邮递调研网", "主办单位：某某中心", "电话：010-1234"]
        #expect(BoilerplateFilter.clean(lines) == ["正文第一段，内容足够长，说明会议的情况。"])
    }

    @Test func linesWithoutProseLoseOnlyChrome() {
        #expect(BoilerplateFilter.clean(["欢迎访问本站", "标题一", "  ", "2024-07-18"]) == ["标题一"])
        #expect(BoilerplateFilter.clean([]) == [])
    }
}
