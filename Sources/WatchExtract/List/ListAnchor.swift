import Foundation
import LibXML

/// A link of a list row, read as a title and, for card-style links that wrap their date in a
/// child element (`<a><p>标题</p><span>2024-07-18</span></a>`), that date's text.
struct ListAnchor {
    /// The innermost elements of a link, one of which may hold just its date.
    static let leafElementsXPath = ".//*[not(*)]"
    /// A child holding only a date is short: `[2024-07-18 10:30:00]` is 21 characters.
    static let dateChildMaximumLength = 24

    let node: HTMLNode
    let title: String
    let dateText: String?

    /// A row date closing a link's plain text: `标题 2016-03-16`, `标题[2016-03-16]`. (Not
    /// `（2016年3月16日）`: a speech's title ends with the day it was given.)
    static let trailingDate = try! NSRegularExpression(
        pattern: #"\s*[\[(（【]?(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[\])）】]?$"#)

    init(_ node: HTMLNode) {
        self.node = node
        if let dateText = Self.dateChild(of: node) {
            self.dateText = dateText
            title = Self.title(of: node, without: dateText)
            return
        }
        let whole = Self.title(of: node, without: nil)
        if let (title, date) = Self.splittingTrailingDate(whole) {
            self.title = title
            dateText = date
        } else {
            title = whole
            dateText = nil
        }
    }

    /// A title and the date that closes it, when the text ends with a date after some title.
    static func splittingTrailingDate(_ text: String) -> (String, String)? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = trailingDate.firstMatch(in: text, range: range), match.range.location > 0,
            let dateRange = Range(match.range, in: text)
        else { return nil }
        let title = ListText.collapsed(String(text[..<dateRange.lowerBound]))
        let date = ListText.collapsed(String(text[dateRange]))
        guard !title.isEmpty, ListDateParser.date(in: date, articleURL: nil) != nil else { return nil }
        return (title, date)
    }

    /// The text of a child element that is nothing but a full date, if the link has one.
    static func dateChild(of node: HTMLNode) -> String? {
        guard node.children.contains(where: \.isElement),
            let leaves = try? node.select(leafElementsXPath)
        else { return nil }
        return leaves.lazy.map { ListText.collapsed($0.text) }.first { text in
            text.count <= dateChildMaximumLength && ListDateParser.date(in: text, articleURL: nil) != nil
        }
    }

    /// A link's title: its text (without a date child), or its `title` attribute when the text
    /// is empty or cut short with an ellipsis (lists truncate titles and keep the full one there).
    static func title(of node: HTMLNode, without dateText: String?) -> String {
        let text = ListText.collapsed(
            ListText.removing(dateText.map { [$0] } ?? [], from: ListText.collapsed(node.text)))
        let attribute = ListText.collapsed(node.attribute("title") ?? "")
        guard !attribute.isEmpty else { return text }
        let stem = text.trimmingCharacters(in: CharacterSet(charactersIn: ".…·"))
        if text.isEmpty || (text != stem && attribute.hasPrefix(stem) && attribute.count > stem.count) {
            return attribute
        }
        return text
    }
}
