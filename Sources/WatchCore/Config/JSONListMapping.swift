/// Where a JSON list API keeps its rows and each row's fields. Every path is a dotted path of
/// object keys (`data.results`); fields are read from each row of `items`.
public struct JSONListMapping: Sendable, Hashable, Codable {
    /// The built-in mappings, so a user names the API instead of its fields.
    public enum Preset: String, Sendable, Hashable, Codable, CaseIterable {
        /// The bureaus' CMS API, `/common/search/<channelId>` (SITES.md): rows in
        /// `data.results`, metadata such as 文号 (`wh`) in `domainMetaList[].resultList[]`.
        case spbCMS = "spb-cms"
    }

    /// The array of rows.
    public var items: String
    public var title: String
    public var url: String
    /// A date: `YYYY-MM-DD[ HH:MM[:SS]]` in China time, or a number of seconds or
    /// milliseconds since 1970.
    public var date: String?
    /// HTML of the article's body; when a row carries it, no article page is requested.
    public var body: String?
    /// An array of attachments, each an object with `attachmentTitle` and `attachmentURL`.
    public var attachments: String?
    public var attachmentTitle: String
    public var attachmentURL: String
    /// The number of rows the whole list holds: paging stops when the rows read reach it.
    public var total: String?
    public var documentNumber: String?
    public var publisher: String?
    /// The preset this mapping came from: a preset may read what plain paths cannot.
    public var preset: Preset?

    public init(
        items: String, title: String, url: String, date: String? = nil, body: String? = nil,
        attachments: String? = nil, attachmentTitle: String = "title", attachmentURL: String = "url",
        total: String? = nil, documentNumber: String? = nil, publisher: String? = nil,
        preset: Preset? = nil
    ) {
        self.items = items
        self.title = title
        self.url = url
        self.date = date
        self.body = body
        self.attachments = attachments
        self.attachmentTitle = attachmentTitle
        self.attachmentURL = attachmentURL
        self.total = total
        self.documentNumber = documentNumber
        self.publisher = publisher
        self.preset = preset
    }

    /// The mapping `preset` stands for.
    public init(preset: Preset) {
        switch preset {
        case .spbCMS:
            self.init(
                items: "data.results", title: "title", url: "url", date: "publishedTimeStr", body: "content",
                attachments: "resList", attachmentTitle: "fileName", attachmentURL: "filePath",
                total: "data.total", preset: .spbCMS)
        }
    }

    /// The placeholder in a JSON source's URL that becomes the page number (1, 2, …).
    public static let pagePlaceholder = "{page}"
}
