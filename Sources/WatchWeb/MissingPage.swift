/// A 404 page: an unknown article or path, said in both languages.
struct MissingPage: Sendable {
    var pageTitle = "找不到 Not found"
    var message: String

    init(path: String) {
        message = "没有这个页面 There is no page at \(DisplayText.clean(path))."
    }

    init(article shortID: String) {
        message = "没有编号为 \(DisplayText.clean(shortID)) 的文章 No article has the id \(DisplayText.clean(shortID))."
    }
}
