import Foundation
import LibXML
import WatchCore

/// Collects links to documents (pdf, doc, docx, xls, xlsx, wps, ofd, zip, rar) in the body,
/// with their text and absolute URLs, each once.
struct AttachmentFinder: Sendable {
    static let extensions: Set<String> = ["pdf", "doc", "docx", "xls", "xlsx", "wps", "ofd", "zip", "rar"]

    func attachments(in page: PageText, regions: [Int], base: String) -> [Attachment] {
        let nodes = page.snapshot.nodes
        var seen: Set<String> = []
        var result: [Attachment] = []
        guard let link = page.snapshot.tagID(of: "a") else { return [] }
        for region in regions {
            for index in region..<nodes[region].end where nodes[index].tagID == link {
                guard let href = nodes[index].attribute("href"), Self.isDocument(href),
                    let absolute = URLResolver.absolute(href, base: base), seen.insert(absolute).inserted
                else { continue }
                var title = TextMeasure.collapsingSpaces(page.snapshot.text(of: index))
                if title.isEmpty { title = Self.fileName(of: absolute) }
                result.append(Attachment(title: title, url: absolute))
            }
        }
        return result
    }

    /// Whether `href`'s path ends in a document extension (query and fragment ignored).
    static func isDocument(_ href: String) -> Bool {
        // Byte scan: this runs on every link of the body.
        let path = href.utf8.prefix { $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") }
        guard let dot = path.lastIndex(of: UInt8(ascii: ".")) else { return false }
        let suffix = path[path.index(after: dot)...]
        guard suffix.count <= 4, !suffix.contains(UInt8(ascii: "/")) else { return false }
        return extensions.contains(String(decoding: suffix, as: UTF8.self).lowercased())
    }

    static func fileName(of url: String) -> String {
        url.split(separator: "/").last.map { $0.removingPercentEncoding ?? String($0) } ?? url
    }
}
