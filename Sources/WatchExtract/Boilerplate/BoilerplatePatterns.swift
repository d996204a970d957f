/// The chrome lines mirror sites wrap reposted articles in, as seen in the seeds. Each is
/// named and says why it is chrome. `strong` ones are removed wherever they stand; `head`
/// ones only before the first paragraph of prose (there a date or a 来源 line is page
/// metadata, further down it can be content, such as a meeting's 时间：).
enum BoilerplatePatterns {
    // MARK: strong: never article text, wherever they stand
    /// A mirror's welcome bar: 欢迎访问 通讯邮递调研网.
    static let welcomeBar = BoilerplatePattern("welcomeBar", #"^欢迎(访问|来到|光临|您)"#, keywords: ["欢迎"], maxLength: 40)
    /// Breadcrumbs: 当前位置: 首页 > 社会监督 > 正文, 现在位置: …
    static let breadcrumb = BoilerplatePattern(
        "breadcrumb", #"^(当前位置|现在位置|您的位置|你的位置|您现在的位置|您当前的位置|所在位置)\s*[:：]"#, keywords: ["位置"], maxLength: 100)
    /// A breadcrumb trail without a label: 首页 > 新闻 > 正文.
    static let breadcrumbTrail = BoilerplatePattern(
        "breadcrumbTrail", #"^首页\s*[>›»/]"#, keywords: ["首页"], maxLength: 100)
    /// View counters: 浏览: 2,238 次, 阅读：35.
    static let viewCounter = BoilerplatePattern(
        "viewCounter", #"(浏览|阅读|点击|访问)(量|次数|数)?\s*[:：]\s*[\d,]+\s*次?"#, keywords: ["浏览", "阅读", "点击", "访问"],
        maxLength: 60)
    /// A blog template's byline: 投稿人: …
    static let contributor = BoilerplatePattern("contributor", #"^投稿人\s*[:：]"#, keywords: ["投稿人"], maxLength: 60)
    /// WordPress's comment-count label "沙发" (no comment yet), here after the post age.
    static let sofa = BoilerplatePattern("sofa", #"(^|\s)沙发$"#, keywords: ["沙发"], maxLength: 40)
    /// A post age with its date: 4年前 (2020-04-30).
    static let postAge = BoilerplatePattern(
        "postAge", #"^\d+\s*(年|个月|天|小时|分钟)前\s*[(（]\s*\d{4}-\d{1,2}-\d{1,2}\s*[)）]"#,
        keywords: ["年前", "月前", "天前", "时前", "钟前"], maxLength: 40)
    /// A mirror's pointer to the original: 原文链接:http://… (the extractor reads it first).
    static let originalLink = BoilerplatePattern(
        "originalLink", #"^原文(链接|地址|网址)\s*[:：]"#, keywords: ["原文"], maxLength: 400)
    /// Labelled disclaimers: [免责声明] 本文来源于网络转载…, 特别声明:以上内容…
    static let disclaimerLabel = BoilerplatePattern(
        "disclaimerLabel", #"^[\[【]?(免责声明|特别声明|版权声明)[\]】]?\s*[:：]?\s*\S"#, keywords: ["声明"], maxLength: 400)
    /// Unlabelled disclaimers, known by their stock phrases (本站…不承担任何保证责任,
    /// 本网部分转载文章…索取稿酬, 本文由物流报…平台用户…转载, …不代表本站立场).
    static let disclaimerPhrase = BoilerplatePattern(
        "disclaimerPhrase",
        #"不承担任何(保证)?责任|索取稿酬|仅提供信息(存储|发布)|仅代表.{0,12}(观点|立场)|不代表.{0,12}(观点|立场)|版权归原作者|侵犯到您的权益|如涉及作品内容、版权"#,
        keywords: ["不承担", "稿酬", "仅提供信息", "仅代表", "不代表", "版权归原作者", "侵犯到您的权益", "如涉及作品内容"],
        maxLength: 400)
    /// Reprint lines and repost notices: 本文转载自国家邮政局网站, （转自：…）, 如有侵权请联系删除.
    static let reprint = BoilerplatePattern(
        "reprint", #"^[【\[（(]?((本文|文章)?(转载自|转载于|转自)|.{0,20}如有侵权.{0,8}删除)"#, keywords: ["转载", "转自", "侵权"],
        maxLength: 80)
    /// NetEase Hao's English disclaimer: Notice: The content above …
    static let englishNotice = BoilerplatePattern(
        "englishNotice", #"^Notice:\s*The content above"#, keywords: ["Notice", "notice", "NOTICE"], maxLength: 400)
    /// ICP licence and public-security filing numbers: 京ICP备14049160号-6, 京公网安备…号.
    static let filingNumber = BoilerplatePattern(
        "filingNumber", #"ICP\s*[备证]\s*\d+|公网安备\s*\d+"#, keywords: ["ICP", "icp", "公网安备"], maxLength: 160)
    /// Copyright lines: 通讯邮递调研网 txyddy.org.cn 版权所有。, Copyright © 2024 …
    static let copyright = BoilerplatePattern(
        "copyright", #"版权所有\s*[。.]?\s*$|^版权所有|^(Copyright|©)"#,
        keywords: ["版权所有", "Copyright", "copyright", "COPYRIGHT", "©"],
        maxLength: 100)
    /// Comment forms: 发表评论, 邮箱地址不会被公开。, 已有3条评论.
    static let commentForm = BoilerplatePattern(
        "commentForm",
        #"^(发表评论|发表回复|我要评论|网友评论|相关评论|评论列表|提交评论|已有\d+条评论|(电子)?邮箱地址不会被公开|必填项已用"#
            + #"|评论\s*[(（]?\s*\d+\s*[)）]?\s*条?$|(跟帖|跟贴)\s*\d+\s*条|查看(全部|更多)?\s*\d*\s*条?(评论|跟帖|跟贴)|\d+\s*条(评论|跟帖|跟贴)$)"#,
        keywords: ["评论", "回复", "邮箱地址", "必填项", "跟帖", "跟贴"], maxLength: 40)
    /// Share bars: 分享到：微信 微博 QQ空间.
    static let shareBar = BoilerplatePattern(
        "shareBar", #"^(分享到|分享至|一键分享|分享\s*[:：]?\s*$)\s*[:：]?"#, keywords: ["分享"], maxLength: 60)
    /// A share bar whose icons carry their names: 微信 微博 QQ空间, 分享至 微信 朋友圈.
    static let shareTargets = BoilerplatePattern(
        "shareTargets", #"^((分享到|分享至)\s*[:：]?\s*)?((微信|微博|QQ空间|QQ好友|QQ|朋友圈|新浪微博|腾讯微博|豆瓣|复制链接|今日头条)[\s|、/·]*){2,}$"#,
        keywords: ["微信", "微博", "QQ", "qq", "朋友圈", "复制链接"], maxLength: 60)
    /// Audio and video players drawn as text: 听新闻 播放 00:00 / 02:46, 播放 静音 00:00/01:26 全屏.
    /// A lone time is no player: the line needs a control word or a position over a duration.
    static let playerControls = BoilerplatePattern(
        "playerControls",
        #"^(?=.*(听新闻|听全文|播|暂停|静音|全屏|\d:\d\d\s*/\s*\d))((听新闻|听全文|语音播报|点击播放|播放|暂停|静音|全屏|退出全屏|高清|标清|超清|倍速|音量|重播|\d{1,2}:\d{2}(:\d{2})?)[\s/|]*)+$"#,
        keywords: ["听新闻", "听全文", "播", "暂停", "静音", "全屏", "/"], maxLength: 60)
    /// A player's or reader's duration label: 约3分钟, 阅读时长约5分钟, 收听约2分钟.
    static let listeningTime = BoilerplatePattern(
        "listeningTime", #"^(约|预计|阅读|收听|时长|全文)\S{0,4}\d+\s*分钟\S{0,3}$"#,
        keywords: ["分钟"], maxLength: 16)
    /// Page tools: 【打印本页】【关闭窗口】, 字号：大 中 小, 【字体：大 中 小】, 返回顶部.
    static let pageTools = BoilerplatePattern(
        "pageTools",
        #"^([【\[]?(打印本页|打印|关闭窗口|关闭本页|关闭|返回顶部|收藏本页|加入收藏|收藏|我要纠错|纠错|(字号|字体)\s*[:：]?|大|中|小|默认)[】\]]?[\s|]*)+$"#,
        keywords: ["打印", "关闭", "返回顶部", "收藏", "字号", "字体", "纠错", "大 中 小"],
        maxLength: 40)
    /// QR-code prompts: 扫一扫在手机打开当前页, 扫二维码，3分钟极速开户.
    static let scanPrompt = BoilerplatePattern(
        "scanPrompt", #"扫一扫|扫描?二维码|手机扫码"#, keywords: ["扫一扫", "二维码", "手机扫码"], maxLength: 40)
    /// App promotions closing an article: 海量资讯、精准解读，尽在新浪财经APP, 下载客户端.
    static let appPromo = BoilerplatePattern(
        "appPromo", #"(尽在|下载|打开).{0,12}(APP|客户端)\s*[>》]*$"#, keywords: ["APP", "app", "App", "客户端"], maxLength: 40)
    /// Links to the neighbouring articles: 上一篇：…, 下一篇：…
    static let previousNext = BoilerplatePattern(
        "previousNext", #"^[【\[]?(上一篇|下一篇|上一条|下一条|上篇|下篇)[】\]]?\s*[:：]"#, keywords: ["上一", "下一", "上篇", "下篇"],
        maxLength: 120)
    /// Editor credits: 责任编辑：王五, (编辑：张三).
    static let editor = BoilerplatePattern(
        "editor", #"^[【\[（(]?(责任编辑|责编|编辑|审核|校对|终审|初审)\s*[:：]"#, keywords: ["编辑", "责编", "审核", "校对", "终审", "初审"],
        maxLength: 40)
    /// An image left behind by a text dump: ![]() or ![alt](src).
    static let imageMarkdown = BoilerplatePattern(
        "imageMarkdown", #"^!\[[^\]]*\]\([^)]*\)$"#, keywords: ["!["], maxLength: 400)
    /// A footer's link row: 本网概况 联系我们 会员服务 免责声明 网站地图.
    static let footerLinks = BoilerplatePattern(
        "footerLinks",
        #"^((本网概况|关于我们|联系我们|会员服务|免责声明|网站地图|网站声明|隐私政策|法律声明|广告服务|意见反馈|帮助中心|版权声明|友情链接|网站导航|站点地图|加入我们|投稿须知)[\s|｜丨·]*){2,}$"#,
        keywords: [
            "本网概况", "关于我们", "联系我们", "会员服务", "免责声明", "网站地图", "网站声明", "隐私政策", "法律声明", "广告服务", "意见反馈", "帮助中心", "版权声明",
            "友情链接", "网站导航", "站点地图", "加入我们", "投稿须知",
        ],
        maxLength: 120)

    // MARK: head: page metadata, chrome only before the first paragraph of prose
    /// The line under the title: 发布日期:2023-10-26 来源: 广东省邮政管理局 作者:佚名.
    static let publishedLine = BoilerplatePattern(
        "publishedLine", #"^(发布日期|发布时间|发表时间|更新时间|日期|时间)\s*[:：]"#, keywords: ["日期", "时间"], maxLength: 120)
    /// A source or author line: 来源：国家邮政局网站, 本文来源：经济日报 责任编辑：…, 作者：佚名 (the extractor reads it first).
    static let sourceLine = BoilerplatePattern(
        "sourceLine", #"^(来源|本文来源|信息来源|文章来源|稿件来源|作者|供稿|撰稿)\s*[:：]"#, keywords: ["来源", "作者", "供稿", "撰稿"], maxLength: 60)
    /// A date on its own line under the title: 2015-08-21, [2024-07-18], 2024年7月18日.
    static let dateOnly = BoilerplatePattern(
        "dateOnly", #"^[\[(（]?\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?[\])）]?(\s+\d{1,2}:\d{2}(:\d{2})?)?$"#,
        keywords: [], leadBytes: dateLineLeads, maxLength: 30)
    /// What a date line can start with: a digit, `[`, `(` or the first byte of `（` (EF BC 88).
    static let dateLineLeads: Set<UInt8> = Set(0x30...0x39).union([0x5B, 0x28, 0xEF])

    static let strong: [BoilerplatePattern] = [
        welcomeBar, breadcrumb, breadcrumbTrail, viewCounter, contributor, sofa, postAge, originalLink,
        disclaimerLabel, disclaimerPhrase, reprint, englishNotice, filingNumber, copyright, commentForm, shareBar,
        shareTargets, playerControls, listeningTime, pageTools, scanPrompt, appPromo, previousNext, editor,
        imageMarkdown, footerLinks,
    ]
    static let head: [BoilerplatePattern] = [publishedLine, sourceLine, dateOnly]
    /// At the end, before the footer starts, a source or editor line is metadata too.
    static let tail: [BoilerplatePattern] = [sourceLine]
    /// The longest line any pattern may remove (in Unicode scalars).
    static let longest = (strong + head + tail).map(\.maxLength).max() ?? 0
}
