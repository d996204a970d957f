import WatchCore

/// A URL as a page shows it: a link when it is http(s), the (masked) text always.
struct LinkView: Sendable {
    var href: String?
    var text: String

    init(url: String, text: String? = nil) {
        href = DisplayText.linkTarget(url)
        self.text = DisplayText.shown(text ?? url)
    }

    init(_ attachment: Attachment) {
        self.init(url: attachment.url, text: attachment.title.isEmpty ? attachment.url : attachment.title)
    }
}
