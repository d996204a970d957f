/// Every marker the extractor recognises page chrome by, in one place: tag sets, `class`/`id`
/// fragments, and the Chinese and English widget words of article templates. Each set says
/// once why it holds what it holds; the stages refer to it (`TagKinds` reads the tag sets once
/// per page, `ChromeClassifier` the class markers, `BodyTail` the trailing openers and toolbar
/// labels, `ListRowFinder` the list-chrome words, `DateFinder` the dateless regions).
/// Line patterns (regular expressions with their own keywords) live in `BoilerplatePatterns`
/// and `PageWidgets`; thresholds in `ExtractionRules`. Tuned on the extraction corpus
/// (`../shared/extraction-corpus`).
enum ExtractionMarkers {
    // MARK: Tags

    /// Subtrees never read for text: code, styling, form controls, embedded frames. (`head` is
    /// not among them: on broken pages libxml2 puts the whole body inside it.)
    static let invisibleTags: Set<String> = [
        "script", "style", "noscript", "template", "select", "option", "textarea",
        "iframe", "svg", "canvas", "object", "embed", "title", "input", "map", "video", "audio",
    ]

    /// Page chrome by HTML5 semantics: never the article body.
    /// (`button` is here rather than invisible: libxml2 nests a whole page inside an unclosed one.
    /// `figcaption`: a photo's caption and credit are not the article's text.)
    static let chromeTags: Set<String> = ["nav", "footer", "aside", "menu", "dialog", "button", "figcaption"]

    /// Tags that start a new line of text (a paragraph break).
    static let blockTags: Set<String> = [
        "p", "div", "td", "th", "tr", "li", "ul", "ol", "table", "tbody", "thead", "tfoot",
        "h1", "h2", "h3", "h4", "h5", "h6", "br", "pre", "blockquote", "section", "article",
        "main", "header", "dd", "dt", "dl", "center", "form", "body", "figure", "figcaption",
        "hr", "address", "caption", "fieldset", "legend", "details", "summary",
    ]

    /// Headings: weak class markers never make one chrome (`ChromeClassifier`).
    static let headingTags: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// Elements that hold the whole page or name the article: never chrome, whatever their class says.
    static let pageTags: Set<String> = ["html", "body", "article", "main"]

    /// Tags whose subtrees never give the article's date: page footers, side columns, menus.
    static let datelessTags: Set<String> = ["footer", "aside", "nav", "menu", "script", "style", "noscript"]

    /// On a list page, lists inside these elements are site chrome. (`header` is here, unlike in
    /// `chromeTags`: a list page's header holds menus, never the rows; an article's `<header>`
    /// may hold its whole text.)
    static let listChromeTags: Set<String> = ["nav", "header", "footer", "aside", "script", "select"]

    // MARK: Class and id markers (lower case, searched as fragments of the folded values)

    /// Fragments that always mark chrome: comment forms, share bars, related lists,
    /// breadcrumbs, overlays, ads, disclaimers. (English words plus the pinyin Chinese sites use.)
    static let chromeClasses: [String] = [
        "comment", "share", "social", "related", "breadcrumb", "crumb", "cookie", "popup", "modal",
        "newsletter", "subscribe", "disqus", "outbrain", "taboola", "advert", "sponsor", "recommend",
        "pinglun", "fenxiang", "xgxw", "xgwz", "bdshare", "jiathis", "skip-link", "sr-only",
        "screen-reader", "visually-hidden", "disclaimer",
        // Pinyin of Chinese templates: 广告 (ads), 相关阅读, 推荐阅读, 相关链接.
        "guanggao", "xgyd", "tjyd", "xglj",
    ]

    /// Words that mark chrome only as a whole part of a class or id, between spaces, `-` and
    /// `_`: the `bio` of `author-bio` or `bio-component`, not of `biology`.
    static let chromeClassWords: [String] = ["bio"]

    /// Fragments that mark chrome only when the element holds little prose: page builders put
    /// words like `widget` or `sidebar` on the wrappers of the article itself.
    static let weakChromeClasses: [String] = [
        "footer", "foot", "sidebar", "navbar", "nav-", "-nav", "menu", "banner", "promo", "pagination",
        "pager", "toolbar", "signup", "widget", "copyright", "login",
        // Audio and video players (听新闻, 语音播报): an article's own wrapper may be named
        // `video-article`, so a player is chrome only while it holds little prose.
        "audio", "player", "voice",
    ]

    /// Weak markers as whole parts of a class or id (see `chromeClassWords`): `ad`/`ads` and the
    /// pinyin initials `gg` (广告) and `fx` (分享) are too short to search as fragments (`head`,
    /// `egg`, `fox`), and weak because broken markup can leave the article inside an unclosed
    /// `<div class="ad-container">`.
    static let weakChromeClassWords: [String] = ["ad", "ads", "gg", "fx"]

    /// Readers' comments are prose too, so these markers never yield to the prose rescue.
    static let commentClasses: [String] = ["comment", "pinglun", "disqus", "reply", "replies", "cmt"]

    /// Fragments that rescue an element despite a chrome marker: it names the content itself.
    static let contentClasses: [String] = ["article", "content", "main", "body", "post-text", "story"]

    /// `style` values (ASCII folded, spaces dropped) that hide an element.
    static let hiddenStyles: [String] = ["display:none", "visibility:hidden"]

    /// Regions whose dates belong to other articles or to comments.
    static let datelessClasses: [String] = [
        "related", "comment", "footer", "recommend", "sidebar", "widget-area", "more-",
    ]

    /// List pages: class or id words (split on space, `-`, `_`) of menus, headers, footers and
    /// breadcrumbs in templates that predate `<nav>`.
    static let listChromeWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "menus", "footer", "foot", "header",
        "topbar", "breadcrumb", "crumb", "crumbs", "banner", "copyright", "friendlink", "yqlj",
        "position", "location", "pager", "pagination", "paging",
    ]

    // MARK: Widget words (whole lines of text)

    /// Openers of trailing sections, lower case; a line must start with one. (`recommended` only
    /// in phrases: alone it is a label inside reviews, `Recommended for:`.)
    static let trailingOpeners: [String] = [
        "related", "you may also like", "you might also like", "comments", "leave a reply",
        "leave a comment", "share this", "about the author", "more from", "recommended for you",
        "recommended reading", "recommended articles", "recommended stories", "recommended posts",
        "read next", "popular posts", "further reading", "related posts", "also read",
        "about the reviewer", "you may also enjoy", "more stories", "keep reading", "trending",
        "相关新闻", "相关阅读", "相关文章", "相关链接", "推荐阅读", "热点推荐", "网友评论", "发表评论",
        "我要评论", "延伸阅读", "热门评论", "最新评论", "精彩评论", "全部评论", "评论区", "网友跟帖",
        "相关稿件", "相关报道", "相关专题", "相关视频", "为您推荐", "猜你喜欢", "热门推荐", "精彩推荐",
        "更多精彩",
    ]

    /// Whole lines that are share-bar and toolbar labels, lower case: never body text.
    static let toolbarLabels: Set<String> = [
        "share", "share this", "share this article", "print", "print this page", "email", "tweet",
        "facebook", "twitter", "linkedin", "pinterest", "copy link", "advertisement", "sponsored",
        "分享到", "分享", "打印", "关闭", "收藏", "打印本页", "关闭窗口", "【打印】", "【关闭】",
        // Modern Chinese news pages: ad labels, audio players, reaction and report buttons.
        "广告", "听新闻", "语音播报", "点击播放", "播放", "暂停", "举报", "纠错", "我要纠错", "点赞", "转发",
        "评论", "写评论", "字号", "a+", "a-", "听全文", "收听", "语音朗读", "静音", "全屏",
        // Share targets, one a line when the bar lays its icons out as blocks.
        "分享至", "微信", "微博", "qq空间", "qq", "朋友圈", "复制链接", "微信扫一扫",
    ]
}
