import Foundation
import LibXML
import Testing
import WatchCore

@testable import WatchExtract

/// Where the generic extractor draws the body's edges on pages without a selector: links set in
/// prose, captions, bios and disclaimers, and trailing sections. The shapes come from the pages
/// of the extraction corpus that lost the most body F1.
@Suite struct BodyBoundaryTests {
    static let url = "https://example.com/2025/11/notes.html"

    /// A paragraph of plain prose, numbered so each one is told apart.
    static func prose(_ number: Int) -> String {
        "<p>Paragraph \(number) explains the new rules for parcel operators, which take effect next month. "
            + "Operators must keep records of every inspection, report incidents within a day, and train staff "
            + "before the deadline; inspectors will check compliance in the first quarter.</p>"
    }

    static func body(of html: String) throws -> String {
        let page = "<html><head><title>Notes</title></head><body>\(html)</body></html>"
        let document = try HTMLDocument(html: page, url: url)
        let now = DayStamp(year: 2026, month: 1, day: 1)!.date(in: ArticleExtractor.shanghai)!
        return try #require(
            ArticleExtractor().extract(document: document, url: url, selectors: SourceSelectors(), now: now).first
        ).body
    }

    @Test func citationsSetInParagraphsStayInTheBody() throws {
        let books = (1...30).map {
            "<p>Author \($0), <em><a href=\"/b/\($0)\">The Book Number \($0) Of The Year</a></em></p>"
        }
        let html =
            "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><div class=\"entry\">"
            + (1...3).map(Self.prose).joined() + "<h3>21 lists:</h3>" + books.joined()
            + "</div><div class=\"links\"><div><a href=\"/x\">Jobs at the paper</a></div><div><a href=\"/y\">Advertise with us</a></div></div>"
        let body = try Self.body(of: html)
        #expect(body.contains("Paragraph 1 explains"))
        #expect(body.contains("Author 1, The Book Number 1 Of The Year"))
        #expect(body.contains("Author 30, The Book Number 30 Of The Year"))
        #expect(!body.contains("Jobs at the paper"))
    }

    @Test func aLoneCitationBetweenProseStaysAndLinkListsGo() throws {
        let html =
            "<div class=\"entry\">" + Self.prose(1)
            + "<div>See: <a href=\"/rag\">What is retrieval?</a></div>" + Self.prose(2)
            + "<div><a href=\"/a\">Older post</a></div><div><a href=\"/b\">Newer post</a></div>"
            + "<div><a href=\"/c\">Sports</a> | <a href=\"/d\">Weather</a></div>" + Self.prose(3)
            + "<div>Previous: <a href=\"/p\">An older post on parcels</a></div>"
            + "<div>Next: <a href=\"/n\">A newer post on lockers</a></div>" + Self.prose(4) + "</div>"
        let body = try Self.body(of: html)
        #expect(body.contains("See: What is retrieval?"))
        #expect(!body.contains("Older post"))
        #expect(!body.contains("Newer post"))
        #expect(!body.contains("Weather"))
        #expect(!body.contains("An older post on parcels"))
        #expect(!body.contains("A newer post on lockers"))
        #expect(body.contains("Paragraph 4 explains"))
    }

    @Test func relatedItemsWithDatesAreNotCitations() throws {
        let items = (1...4).map { "<p>·<a href=\"/n\($0)\">关于寄递安全的第\($0)号通知</a> 2024-05-0\($0)</p>" }
        let html = "<div class=\"entry\">" + (1...3).map(Self.prose).joined() + items.joined() + "</div>"
        let body = try Self.body(of: html)
        #expect(body.contains("Paragraph 3 explains"))
        #expect(!body.contains("寄递安全"))
    }

    @Test func aLineCountsTheLinksWhoseTextItHolds() throws {
        let html =
            "<html><body><p><a name=\"top\"></a>See: <a href=\"/g\">A guide to lockers</a></p>"
            + "<p>Read <a href=\"/s\">the first part<br>and the second part</a> by the editors</p>"
            + "<p>An introduction</p><a href=\"/card\"><div>The card's title</div></a></body></html>"
        let page = PageText(snapshot: try HTMLDocument(html: html, url: Self.url).snapshot())
        let links = Dictionary(uniqueKeysWithValues: page.lines.map { ($0.text, $0.links) })
        #expect(links["See: A guide to lockers"] == 1)
        #expect(links["and the second part by the editors"] == 1)
        #expect(links["An introduction"] == 0)
        #expect(links["The card's title"] == 1)
        #expect(page.lines.first { $0.text.hasPrefix("See:") }?.isCitation == true)
    }

    @Test func markerWordsMatchOnlyWholeParts() throws {
        let html =
            "<article>" + (1...3).map(Self.prose).joined()
            + "<div class=\"biology-notes\">Cells divide, grow and die; the notes explain how, with care.</div>"
            + "<div class=\"post-author-bio\">John Roe writes on ports, shipping and trade, from Rotterdam.</div>"
            + "</article>"
        let body = try Self.body(of: html)
        #expect(body.contains("Cells divide"))
        #expect(!body.contains("John Roe"))
    }

    @Test func captionsBiosAndDisclaimersAreNotTheArticle() throws {
        let html =
            "<article>" + Self.prose(1)
            + "<figure><img src=\"/p.jpg\"><figcaption>Inspectors at the sorting centre. Photo: City Press.</figcaption></figure>"
            + Self.prose(2) + Self.prose(3)
            + "<div class=\"bio\">Jane Doe covers logistics, trade and transport. She joined in 2019, after ten years abroad.</div>"
            + "<div class=\"disclaimer\">This article is for information only, and is not legal advice. Consult a lawyer.</div>"
            + "</article>"
        let body = try Self.body(of: html)
        #expect(body.contains("Paragraph 3 explains"))
        #expect(!body.contains("Photo: City Press"))
        #expect(!body.contains("Jane Doe"))
        #expect(!body.contains("legal advice"))
    }

    @Test func aRecommendedForLabelDoesNotEndTheArticle() throws {
        let html =
            "<div class=\"entry\">" + (1...4).map(Self.prose).joined()
            + "<p><strong>Recommended for:</strong></p>" + (5...6).map(Self.prose).joined()
            + "<h3>Recommended for you</h3><ul><li><a href=\"/r1\">Ten tips for couriers</a></li>"
            + "<li><a href=\"/r2\">Parcel lockers explained</a></li></ul></div>"
        let body = try Self.body(of: html)
        #expect(body.contains("Recommended for:"))
        #expect(body.contains("Paragraph 6 explains"))
        #expect(!body.contains("Recommended for you"))
    }

    @Test func aRelatedBoxInTheArticlesFirstHalfDoesNotEndIt() throws {
        let early =
            "<div class=\"entry\">" + (1...4).map(Self.prose).joined() + "<p>Related Stories</p>"
            + (5...9).map(Self.prose).joined() + "</div>"
        #expect(try Self.body(of: early).contains("Paragraph 9 explains"))
        let late =
            "<div class=\"entry\">" + (1...6).map(Self.prose).joined() + "<p>Related Stories</p>"
            + (7...8).map(Self.prose).joined() + "</div>"
        let body = try Self.body(of: late)
        #expect(body.contains("Paragraph 6 explains"))
        #expect(!body.contains("Paragraph 7 explains"))
    }
}
