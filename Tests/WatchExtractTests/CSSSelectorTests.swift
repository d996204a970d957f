import LibXML
import Testing

@testable import WatchExtract

@Suite struct CSSSelectorTests {
    static let classTest = "contains(concat(' ', normalize-space(@class), ' '), ' list ')"

    @Test(arguments: [
        ("li", "//li"),
        ("UL LI", "//ul//li"),
        ("ul > li", "//ul/li"),
        ("ul>li>a", "//ul/li/a"),
        (".list", "//*[\(classTest)]"),
        ("ul.list li", "//ul[\(classTest)]//li"),
        ("#content", "//*[@id='content']"),
        ("div#content.list", "//div[@id='content'][\(classTest)]"),
        ("a[href]", "//a[@href]"),
        ("a[target=_blank]", "//a[@target='_blank']"),
        ("a[title=\"x y\"]", "//a[@title='x y']"),
        ("a[title='it\"s']", "//a[@title='it\"s']"),
        ("*[id]", "//*[@id]"),
        ("h1, .title", "//h1 | //*[contains(concat(' ', normalize-space(@class), ' '), ' title ')]"),
        ("div.detail-news", "//div[contains(concat(' ', normalize-space(@class), ' '), ' detail-news ')]"),
        ("//div[@class='x']", "//div[@class='x']"),
        ("(//li)[1]", "(//li)[1]"),
    ])
    func compiles(selector: String, xpath: String) throws {
        #expect(try CSSSelector.xpath(for: selector) == xpath)
    }

    @Test func nodeScopeSearchesBelowTheContextNode() throws {
        #expect(
            try CSSSelector.xpath(for: "span.date, a", scope: .node)
                == ".//span[contains(concat(' ', normalize-space(@class), ' '), ' date ')] | .//a")
        #expect(try CSSSelector.xpath(for: "./a", scope: .node) == "./a")
    }

    @Test func classesMatchWholeWordsOnly() throws {
        let document = try HTMLDocument(
            html: """
                <ul><li class="list">a</li><li class="listing">b</li><li class=" big  list ">c</li><li class="list-x">d</li></ul>
                """)
        let texts = try document.select(CSSSelector.xpath(for: "li.list")).map(\.text)
        #expect(texts == ["a", "c"])
    }

    @Test func childAndDescendantDiffer() throws {
        let document = try HTMLDocument(html: "<div id='m'><p>1</p><section><p>2</p></section></div>")
        #expect(try document.select(CSSSelector.xpath(for: "#m > p")).map(\.text) == ["1"])
        #expect(try document.select(CSSSelector.xpath(for: "#m p")).map(\.text) == ["1", "2"])
    }

    @Test(arguments: [
        ("div..x", 5, "expected a class name after '.'"),
        ("a:hover", 2, "':' is not supported (tag, .class, #id, [attr], [attr=v], space, >, ,)"),
        ("li + li", 4, "'+' is not supported (tag, .class, #id, [attr], [attr=v], space, >, ,)"),
        ("a[href", 7, "expected '=' or ']' in attribute selector"),
        ("a[title='x]", 12, "unterminated quoted value"),
        ("ul >", 5, "expected a selector"),
        (", a", 1, "expected a tag, '.', '#' or '[' but found ','"),
        ("", 1, "expected a selector"),
        ("a[=x]", 3, "expected an attribute name after '['"),
        ("#", 2, "expected an id after '#'"),
    ])
    func badSelectorsNameThePosition(selector: String, position: Int, reason: String) {
        #expect(throws: CSSSelectorError(selector: selector, position: position, reason: reason)) {
            try CSSSelector.xpath(for: selector)
        }
    }

    @Test func theErrorMessageQuotesSelectorAndPosition() {
        let error = CSSSelectorError(selector: "div..x", position: 5, reason: "expected a class name after '.'")
        #expect(error.description == "bad selector \"div..x\" at position 5: expected a class name after '.'")
    }
}
