import LibXML

/// Compiles a configured selector (CSS subset or XPath) the way the extractor will use it, so
/// a config can be refused when it is read instead of failing on every fetch.
public enum SelectorCompiler {
    /// An empty page to evaluate XPath against: libxml2 compiles an expression when it runs it.
    static let probePage = "<html><body><p>probe</p></body></html>"

    /// Why `selector` for the `selectors.<field>` field cannot be used, or `nil` when it
    /// compiles. `item` and `body` are searched from the page; `link`, `title` and `date` from
    /// inside a row.
    public static func problem(in selector: String, field: String) -> String? {
        let scope: CSSSelector.Scope = field == "item" || field == "body" ? .document : .node
        let xpath: String
        do {
            xpath = try CSSSelector.xpath(for: selector, scope: scope)
        } catch let error as CSSSelectorError {
            return "at character \(error.position): \(error.reason)"
        } catch {
            return "\(error)"
        }
        do {
            _ = try HTMLDocument(html: probePage).select(xpath)
        } catch {
            return "libxml2 rejects the XPath \(xpath)"
        }
        return nil
    }
}
