import LibXML
import Testing

@Suite struct HTMLSnapshotTests {
    @Test func copiesElementsAndTextInDocumentOrderWithSubtreeBounds() throws {
        let document = try HTMLDocument(
            html: "<div id='a' class='x' style='s' data-z='1'><p>one</p><!-- c --><p>two <b>three</b></p></div>")
        let snapshot = document.snapshot()
        let tags = snapshot.nodes.map { $0.isText ? "#" + $0.text : $0.tag }
        #expect(tags == ["html", "body", "div", "p", "#one", "p", "#two ", "b", "#three"])
        let div = try #require(snapshot.nodes.firstIndex { $0.tag == "div" })
        #expect(snapshot.nodes[div].end == snapshot.nodes.count)
        #expect(snapshot.elementChildren(of: div).map { snapshot.nodes[$0].tag } == ["p", "p"])
        #expect(snapshot.text(of: div) == "onetwo three")
        #expect(snapshot.nodes[div].attribute("class") == "x")
        #expect(snapshot.nodes[div].attribute("data-z") == nil)
    }

    @Test func snapshotNodesMatchXPathResultsByIdentity() throws {
        let document = try HTMLDocument(html: "<ul><li>a</li><li id='two'>b</li></ul>")
        let snapshot = document.snapshot()
        let node = try #require(try document.select("//li[@id='two']").first)
        let index = try #require(snapshot.nodes.firstIndex { $0.identity == node.identity })
        #expect(snapshot.text(of: index) == "b")
    }

    @Test func whitespaceOnlyTextIsOneSpaceAndOtherTextIsKeptWhole() throws {
        let document = try HTMLDocument(html: "<p><a>x</a>\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<a>y</a> z \n w</p>")
        let texts = document.snapshot().nodes.filter(\.isText).map(\.text)
        #expect(texts == ["x", " ", "y", " z \n w"])
    }
}
