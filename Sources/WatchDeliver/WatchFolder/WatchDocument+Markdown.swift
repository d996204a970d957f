import Foundation
import WatchCore

/// The part of a watch file after the front matter: `# title`, the body paragraphs (a line that
/// names an attachment links it), then every attachment as a Markdown link.
extension WatchDocument {
    /// The Markdown after the front matter, ending with a line end.
    static func markdown(_ article: DeliveredArticle) -> String {
        var blocks = ["# " + heading(article.title)]
        let paragraphs = article.paragraphs.map(normalized).filter { !$0.isEmpty }
        blocks += paragraphs.map { linkingAttachments(in: $0, article.attachments) }
        if !article.attachments.isEmpty {
            blocks.append(article.attachments.map { "- " + link($0.title, $0.url) }.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// A one-line heading: line ends inside a title would end the heading early, and no
    /// control character reaches a file.
    static func heading(_ title: String) -> String {
        let flat = title.split(whereSeparator: \.isNewline).joined(separator: " ")
        let printable = String(
            String.UnicodeScalarView(flat.unicodeScalars.filter { $0.properties.generalCategory != .control }))
        let trimmed = printable.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? "(untitled)" : trimmed
    }

    /// `[title](url)` with the characters that would end either part escaped.
    static func link(_ title: String, _ url: String) -> String {
        var text = ""
        for character in title where !character.isNewline {
            if "[]\\".contains(character) { text.append("\\") }
            text.append(character)
        }
        let needsAngles = url.contains { " ()<>".contains($0) }
        let target =
            needsAngles
            ? "<"
                + url.replacingOccurrences(of: "<", with: "%3C")
                .replacingOccurrences(of: ">", with: "%3E") + ">" : url
        return "[\(text.isEmpty ? url : text)](\(target))"
    }

    /// Links the first mention of each attachment in `paragraph` (`附件：申请表.pdf` names the
    /// file the attachment list carries); a paragraph that names none is returned as it is.
    static func linkingAttachments(in paragraph: String, _ attachments: [Attachment]) -> String {
        var text = paragraph
        for attachment in attachments {
            guard let name = mentionedName(of: attachment, in: text),
                let range = text.range(of: name)
            else { continue }
            text.replaceSubrange(range, with: link(name, attachment.url))
        }
        return text
    }

    /// The attachment's link text, or the file name after its `附件1：` label, when the paragraph
    /// contains it and it is not already inside a link.
    private static func mentionedName(of attachment: Attachment, in paragraph: String) -> String? {
        let title = attachment.title.trimmingCharacters(in: .whitespaces)
        var candidates = [title]
        if let colon = title.firstIndex(where: { $0 == "：" || $0 == ":" }) {
            candidates.append(String(title[title.index(after: colon)...]).trimmingCharacters(in: .whitespaces))
        }
        return candidates.first { name in
            guard name.count >= minimumMentionLength, let range = paragraph.range(of: name) else { return false }
            return !paragraph[..<range.lowerBound].hasSuffix("[")
        }
    }

    /// Shorter names (`附件`, `1`) would link ordinary words.
    private static let minimumMentionLength = 4
}
