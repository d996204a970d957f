import Foundation
import LibXML
import Testing

/// `HTMLSnapshot(parsing:)` must read every page exactly as the tree walk of `HTMLDocument` does.
@Suite struct SnapshotParsingTests {
    /// Markup where libxml2's tree builder makes choices the SAX builder has to repeat.
    static let trickyPages: [String] = [
        "<p>one</p><!-- c --><p>two <b>three</b></p>",
        "text before any tag<p>x</p>",
        "<p>a<!-- split -->b<?pi x?>c</p>",
        "<div hidden data-x=1 class=\"c\" id>z</div><input checked type=checkbox>",
        "<script>var a = '<p>';</script><style>p{}</style>after",
        "<p>x</p></body></html>trailing text after the end",
        "<html><body><html lang=en><body class=b>nested roots</body></html>",
        "<table><tr><td>a<td>b</table><ul><li>1<li>2</ul>",
        "<p>a &amp; b &nbsp; &unknown; &#x4e2d;</p>",
        "<p>\n\t  </p><p>  </p><p>x\u{0}y</p>",
        "<a href='x'>link</a>   <b>bold</b>\r\n",
        "<title>t</title><meta name=ArticleTitle content='标题'><p>正文。</p>",
        "<div><p>unclosed <b>bold <i>italic</div>tail",
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\"><body>  <p>p</p>  </body>",
        "<!DOCTYPE html><p>x</p></body></html><p>after the end, beside the root</p>",
        "<!-- first --><p>x</p></html>after a leading comment",
        "<gcse:search></gcse:search><fb:like-box href=x></fb:like-box><:odd>a</:odd><odd:>b</odd:>",
    ]

    @Test(arguments: trickyPages)
    func equalsTheTreeWalkOnTrickyMarkup(_ html: String) throws {
        try expectSameSnapshot(Array(html.utf8), encoding: "UTF-8")
    }

    /// The shared extraction corpus, beside the repository.
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../shared/extraction-corpus").standardizedFileURL

    /// As the quality gate: a machine without ../shared skips (reported as a skip), CI never does.
    static let corpusRuns =
        FileManager.default.fileExists(atPath: corpus.path)
        || ProcessInfo.processInfo.environment["CI"] == "true"

    @Test(.enabled(if: corpusRuns, "no extraction corpus at ../shared/extraction-corpus"))
    func equalsTheTreeWalkOnEveryCorpusPage() throws {
        let corpus = Self.corpus
        let files = FileManager.default
        let sets = try files.contentsOfDirectory(atPath: corpus.path)
        var pages = 0
        for set in sets.sorted() {
            let folder = corpus.appendingPathComponent(set)
            for name in (try? files.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasSuffix(".html") {
                let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
                try expectSameSnapshot(
                    bytes, encoding: Self.charset(of: folder.appendingPathComponent(name)),
                    label: "\(set)/\(name)")
                pages += 1
            }
        }
        #expect(pages > 300)
    }

    /// The page's charset from the corpus's ground truth, as libxml2 names it.
    static func charset(of page: URL) -> String {
        let truth = try? Data(contentsOf: page.deletingPathExtension().appendingPathExtension("json"))
        let object = truth.flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
        let name = ((object?["encoding"] as? String) ?? "UTF-8").uppercased()
        return ["GB2312", "GBK"].contains(name) ? "GB18030" : name
    }

    /// libxml2's tree builder stops at 256 levels; the snapshot builder must stop there too.
    @Test func stopsWhereTheTreeBuilderStopsOnDeepNesting() throws {
        let html =
            String(repeating: "<div>", count: 300) + "deep" + String(repeating: "</div>", count: 300) + "<p>after</p>"
        try expectSameSnapshot(Array(html.utf8), encoding: "UTF-8")
        let parsed = try HTMLSnapshot(parsing: Array(html.utf8), encoding: "UTF-8")
        #expect(parsed.nodes.count < 300)
    }

    /// …and where it refuses to grow one text node past 10 MB.
    @Test func stopsWhereTheTreeBuilderStopsOnAHugeText() throws {
        let html = "<p>" + String(repeating: "a", count: 10_000_100) + "</p><p>after</p>"
        try expectSameSnapshot(Array(html.utf8), encoding: "UTF-8")
    }

    @Test func emptyInputIsAnError() {
        #expect(throws: XMLError.unparsable(reason: "empty input")) { try HTMLSnapshot(parsing: []) }
    }

    @Test func identityIsTheNodeIndexAndURLIsKept() throws {
        let snapshot = try HTMLSnapshot(parsing: Array("<p>a</p>".utf8), url: "http://x.test/a")
        #expect(snapshot.nodes.indices.allSatisfy { snapshot.nodes[$0].identity == $0 })
        #expect(snapshot.url == "http://x.test/a")
    }

    func expectSameSnapshot(
        _ bytes: [UInt8], encoding: String?, label: String = "",
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let walked = try HTMLDocument(bytes: bytes, encoding: encoding).snapshot()
        let parsed = try HTMLSnapshot(parsing: bytes, encoding: encoding)
        #expect(
            parsed.nodes.allSatisfy { parsed.tagNames[$0.tagID] == $0.tag }, "\(label)", sourceLocation: sourceLocation)
        #expect(Set(parsed.tagNames).count == parsed.tagNames.count, "\(label)", sourceLocation: sourceLocation)
        if let index = parsed.firstDifference(from: walked) {
            let show = { (nodes: [HTMLSnapshot.Node]) in index < nodes.count ? "\(nodes[index])" : "nothing" }
            Issue.record(
                "\(label) node \(index): parsed \(show(parsed.nodes)) but the tree walk gave \(show(walked.nodes))",
                sourceLocation: sourceLocation)
        }
    }
}
