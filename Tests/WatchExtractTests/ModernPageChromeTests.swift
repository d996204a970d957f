import Foundation
import Testing
import WatchCore

@testable import WatchExtract

/// Issue 15, item 8: the chrome of modern Chinese news and government pages (audio and video
/// players, ad labels, related-reading boxes, comment blocks, share bars) never reaches a body,
/// and the article text around it all does.
@Suite struct ModernPageChromeTests {
    static let articleSentences = [
        "记者从省邮政管理局获悉，截至11月20日，全省今年快递业务量突破百亿件",
        "今年以来，全省新建改造县级快递分拨中心46个",
        "省邮政管理局有关负责人表示，下一步将督促企业做好旺季运力储备",
        "据统计，今年前10个月全省快递业务收入完成820亿元",
    ]

    static func extract(_ name: String, url: String) throws -> ExtractedArticle {
        let page = PageDecoder().decode(try SeedFixtureFiles.bytes(name), contentType: nil, override: nil, url: url)
        let now = DayStamp(year: 2026, month: 12, day: 1)!.date(in: ArticleExtractor.shanghai)!
        let result = try ArticleExtractor().extractDetailed(
            page: page, url: url, selectors: SourceSelectors(), now: now)
        return try #require(result.first).article
    }

    @Test func everyChromeKindIsAbsentAndEveryParagraphPresent() throws {
        let article = try Self.extract("modern-chrome-kinds.html", url: "https://news.example.cn/2026/1121/a1.html")
        for sentence in Self.articleSentences { #expect(article.body.contains(sentence), "\(sentence) is missing") }
        #expect(article.paragraphs.count == Self.articleSentences.count, "\(article.paragraphs)")
        let chrome = [
            "听新闻", "播放", "00:00", "全屏", // the player
            "广告", // the ad label
            "相关阅读", "快递进村工作取得新进展", // the related-reading box inside the article
            "分享到", "微信", "QQ空间", // the share bar
            "网友评论", "评论 2 条", "快递越来越快了", "我要评论", // the comment block
        ]
        for word in chrome { #expect(!article.body.contains(word), "\(word) reached the body") }
    }

    /// The committed modern pages (`Fixtures/zh-modern`, scored by the quality gate too) each
    /// give exactly their truth's text.
    @Test(arguments: [
        "m01-portal-audio", "m02-city-video-ad-comments", "m03-gov-audio-related",
        "m04-finance-tts-recommend", "m05-county-prose-guard", "m06-tv-video-recommend",
        "m07-ministry-sections-ad", "m08-portal-hotlist-comments", "m09-policy-qa", "m10-sina-promo",
        "m11-sohu-feed", "m12-city-gov-video",
    ])
    func modernFixtureBodiesMatchTheirTruth(id: String) throws {
        let truth = try JSONDecoder().decode(
            GovernmentTemplateTests.Truth.self,
            from: Data(SeedFixtureFiles.bytes("zh-modern/\(id).json")))
        let article = try Self.extract("zh-modern/\(id).html", url: truth.url)
        #expect(GovernmentTemplateTests.squeezed(article.body) == GovernmentTemplateTests.squeezed(truth.body))
    }

    @Test func playerLinesGoButProseAboutPlayingStays() {
        for line in ["播放 00:00 / 01:58 全屏", "听新闻播放00:00/02:10", "00:00 / 03:24", "语音播报 点击播放", "约3分钟"] {
            #expect(BoilerplateFilter.clean([line]).isEmpty, "\(line) was kept")
        }
        let prose = "县融媒体中心在各广场电子屏滚动播放整治公告，累计播放1200余次。"
        #expect(BoilerplateFilter.clean([prose]) == [prose])
        // A lone time is a schedule's entry, not a player.
        #expect(BoilerplatePatterns.playerControls.matches("10:30") == false)
    }

    @Test func shareTargetsAndCommentCountsGo() {
        for line in [
            "微信 微博 QQ空间", "分享至 微信 朋友圈 复制链接", "分享：", "海量资讯、精准解读，尽在示例财经APP", "评论 12 条", "评论(0)", "跟贴 128 条", "查看全部56条评论",
        ] {
            #expect(BoilerplateFilter.clean([line]).isEmpty, "\(line) was kept")
        }
        let prose = "他说，微信和微博已成为政务公开的重要渠道，群众留言评论越来越多。"
        #expect(BoilerplateFilter.clean([prose]) == [prose])
    }

    @Test func aLinkBoxInsideTheArticleLosesOnlyItsHeading() throws {
        let box =
            "<div class=\"box\"><h4>延伸阅读</h4><ul><li><a href=\"/1\">全省寄递渠道安全检查全面启动</a></li>"
            + "<li><a href=\"/2\">邮政管理部门部署旺季服务保障</a></li></ul></div>"
        let closing = "<p>检查结束后，省局将通报检查结果，对整改不力的企业依法依规严肃处理，确保各项制度落到实处。</p>"
        let article = try ArticleDetailsTests.extract(
            "<h1>安全检查</h1><div class=\"text\">\(ArticleDetailsTests.paragraphs)\(box)\(closing)</div>")
        #expect(article.paragraphs.count == 3, "\(article.paragraphs)")
        #expect(article.body.contains("对整改不力的企业依法依规严肃处理"))
        #expect(!article.body.contains("延伸阅读"))
    }

    @Test func aTrailingRelatedListStillEndsTheArticle() throws {
        let related =
            "<div><h4>相关阅读</h4><ul><li><a href=\"/1\">全省寄递渠道安全检查全面启动</a></li></ul></div>"
            + "<div class=\"other\"><p>另一篇文章的摘要：某地开展快递包装绿色治理，取得积极成效，受到群众好评。</p></div>"
        let article = try ArticleDetailsTests.extract(
            "<h1>安全检查</h1><div class=\"text\">\(ArticleDetailsTests.paragraphs)\(related)</div>")
        #expect(!article.body.contains("另一篇文章"), "\(article.paragraphs)")
    }

    @Test func weakMarkersNeverTakeAHeadingOrAnArticleInsideAnUnclosedAd() throws {
        let heading = "<h2 id=\"voice-ads-player\">语音助手与广告行业的新变化</h2>"
        let withHeading = try ArticleDetailsTests.extract(
            "<h1>安全检查</h1><div class=\"text\">\(heading)\(ArticleDetailsTests.paragraphs)</div>")
        #expect(withHeading.body.contains("语音助手与广告行业的新变化"))
        // The same class on a player before it: the verdict remembered for the class is no excuse.
        let sameClass = "<div class=\"sec-voice\"><span>语音</span></div><h2 class=\"sec-voice\">语音助手与广告行业的新变化</h2>"
        let afterPlayer = try ArticleDetailsTests.extract(
            "<h1>安全检查</h1><div class=\"text\">\(sameClass)\(ArticleDetailsTests.paragraphs)</div>")
        #expect(afterPlayer.body.contains("语音助手与广告行业的新变化"))
        #expect(!afterPlayer.body.contains("语音\n"))
        // Broken markup leaves the article (16 punctuation marks: prose) inside the ad's wrapper.
        let article = ArticleDetailsTests.paragraphs + ArticleDetailsTests.paragraphs
        let unclosed = "<h1>安全检查</h1><div class=\"text\"><div class=\"ad-container\">\(article)"
        #expect(try ArticleDetailsTests.extract(unclosed).paragraphs.count == 4)
    }
}
