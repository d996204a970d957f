import Foundation
import WatchCore

/// One `<entry>`: the body as HTML (paragraphs, the stated date, what a correction changed,
/// attachments as links), marked when corrected or removed.
extension AtomFeed {
    /// Title prefix and category of a corrected article (version 2 or later).
    static let correctedMark = (prefix: "【更正】", term: "corrected", label: "更正")
    /// Title prefix and category of an article whose page is gone.
    static let removedMark = (prefix: "【已删除】", term: "removed", label: "已删除")
    /// Link schemes put into the HTML content; anything else (javascript:, data:) is left out.
    static let linkSchemes = ["http://", "https://"]

    static func entry(_ article: DeliveredArticle) -> String {
        let link = article.canonicalURL ?? article.url
        let author = article.publisher ?? article.sourceName
        var xml = "  <entry>\n"
        xml += "    <id>\(XMLText.escape(entryID(article)))</id>\n"
        xml += "    <title type=\"text\">\(XMLText.escape(markedTitle(article)))</title>\n"
        xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escape(link))\"/>\n"
        for mirror in article.mirrors { // the copies on mirror sites, as Atom's related links
            xml += "    <link rel=\"related\" href=\"\(XMLText.escape(mirror))\"/>\n"
        }
        xml += "    <updated>\(ShanghaiTime.utcTimestamp(article.fetched))</updated>\n"
        if let published = article.published { // China time: a date-only 06-07 stays on 06-07
            xml += "    <published>\(ShanghaiTime.timestamp(published))</published>\n"
        }
        xml += "    <author><name>\(XMLText.escape(author))</name></author>\n"
        xml +=
            "    <category term=\"\(XMLText.escape(article.source))\" label=\"\(XMLText.escape(article.sourceName))\"/>\n"
        if article.removed {
            xml += "    <category term=\"\(removedMark.term)\" label=\"\(removedMark.label)\"/>\n"
        } else if article.version > 1 {
            xml += "    <category term=\"\(correctedMark.term)\" label=\"\(correctedMark.label)\"/>\n"
        }
        xml += "    <summary type=\"text\">\(XMLText.escape(Summary.of(article, length: summaryLength)))</summary>\n"
        xml += "    <content type=\"html\">\(XMLText.escape(html(article)))</content>\n"
        return xml + "  </entry>\n"
    }

    /// The title with the mark a reader should see first: removed over corrected.
    static func markedTitle(_ article: DeliveredArticle) -> String {
        if article.removed { return removedMark.prefix + article.title }
        if article.version > 1 { return correctedMark.prefix + article.title }
        return article.title
    }

    /// The entry's content as HTML (escaped once here, and once more as XML text by the caller).
    static func html(_ article: DeliveredArticle) -> String {
        var parts: [String] = []
        if article.removed {
            parts.append("<p><strong>已删除</strong>: the page no longer answers (removed at the source).</p>")
        }
        if let published = article.published {
            parts.append("<p>发布日期 \(ShanghaiTime.stated(published))</p>")
        }
        if article.version > 1 {
            parts.append("<p><strong>更正</strong>: version \(article.version)</p>")
            if !article.changes.isEmpty {
                parts.append("<ul>" + article.changes.map { "<li>\(XMLText.escape($0))</li>" }.joined() + "</ul>")
            }
        }
        let paragraphs = article.paragraphs.map(WatchDocument.normalized).filter { !$0.isEmpty }
        parts += paragraphs.map { "<p>" + XMLText.escape($0).replacingOccurrences(of: "\n", with: "<br/>") + "</p>" }
        let links = article.attachments.filter { attachment in linkSchemes.contains { attachment.url.hasPrefix($0) } }
        if !links.isEmpty {
            let items = links.map { "<li><a href=\"\(XMLText.escape($0.url))\">\(XMLText.escape($0.title))</a></li>" }
            parts.append("<p>附件</p><ul>" + items.joined() + "</ul>")
        }
        return parts.joined(separator: "\n")
    }
}
