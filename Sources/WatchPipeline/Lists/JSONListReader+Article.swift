import Foundation
import WatchCore
import WatchExtract

extension JSONListReader {
    /// The id of the element the row's body HTML is wrapped in, and the XPath that selects it:
    /// the body goes through the article extractor (chrome, widgets, paragraphs) like any page.
    static let bodyWrapperID = "bureauwatch-json-body"
    static let bodyWrapperXPath = "//div[@id='\(bodyWrapperID)']"

    /// The article a row carries whole (body HTML or attachments), or `nil` when its page must
    /// be requested.
    func article(from object: [String: Any], item: ListItem) -> ExtractedArticle? {
        let html =
            JSONPath.text(mapping.body, in: object)
            ?? (mapping.preset == .spbCMS ? JSONPath.text("contentHtml", in: object) : nil)
        let attachments = attachments(of: object, articleURL: item.url)
        var article =
            html.flatMap { body(html: $0, item: item) }
            ?? ExtractedArticle(url: item.url, title: item.title, paragraphs: [])
        article.title = item.title
        article.published = item.date ?? article.published
        article.attachments = Self.merged(attachments, article.attachments)
        article.documentNumber = metadata(mapping.documentNumber, key: "wh", in: object) ?? article.documentNumber
        article.publisher = metadata(mapping.publisher, key: "source", in: object) ?? article.publisher
        guard !article.paragraphs.isEmpty || !article.attachments.isEmpty else { return nil }
        return article
    }

    /// The body HTML read as an article page of its own.
    private func body(html: String, item: ListItem) -> ExtractedArticle? {
        let page =
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
            + "<div id=\"\(Self.bodyWrapperID)\">\(html)</div></body></html>"
        guard
            let document = try? PageDecoder().document(
                from: Array(page.utf8), contentType: "text/html; charset=utf-8",
                override: "utf-8", url: item.url)
        else { return nil }
        let selectors = SourceSelectors(body: Self.bodyWrapperXPath)
        return ArticleExtractor().extract(document: document, url: item.url, selectors: selectors, now: clock.now).first
    }

    /// The row's attachments: title and URL from each element, the URL made absolute against
    /// the article's address; the CMS preset falls back to `filePathNew` and `title`.
    func attachments(of object: [String: Any], articleURL: String) -> [Attachment] {
        JSONPath.objects(mapping.attachments, in: object).compactMap { element in
            let preset = mapping.preset == .spbCMS
            guard
                let href = JSONPath.text(mapping.attachmentURL, in: element)
                    ?? (preset ? JSONPath.text("filePathNew", in: element) : nil),
                let url = Self.articleURL(href, base: articleURL)
            else { return nil }
            let title =
                JSONPath.text(mapping.attachmentTitle, in: element)
                ?? (preset ? JSONPath.text("title", in: element) : nil) ?? url
            return Attachment(title: title, url: url)
        }
    }

    /// A metadata value: the mapping's path when it names one; for the CMS preset, the value
    /// under `key` in `domainMetaList[].resultList[{key, value}]`.
    func metadata(_ path: String?, key: String, in object: [String: Any]) -> String? {
        if let path { return JSONPath.text(path, in: object) }
        guard mapping.preset == .spbCMS else { return nil }
        for domain in JSONPath.objects("domainMetaList", in: object) {
            for pair in JSONPath.objects("resultList", in: domain) where JSONPath.text("key", in: pair) == key {
                if let value = JSONPath.text("value", in: pair) { return value }
            }
        }
        return nil
    }

    static func merged(_ first: [Attachment], _ second: [Attachment]) -> [Attachment] {
        var seen: Set<String> = []
        return (first + second).filter { seen.insert($0.url).inserted }
    }
}
