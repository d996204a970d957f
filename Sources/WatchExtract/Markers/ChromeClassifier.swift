import LibXML

/// Decides whether an element is page chrome by its tag, its class and id, or its being hidden.
enum ChromeClassifier {
    /// How sure a classification is.
    enum Verdict {
        case content
        /// Chrome whatever it holds.
        case chrome
        /// Chrome unless it turns out to hold prose.
        case likelyChrome
        /// Chrome by its class, unless it holds most of the page's prose (then the class names
        /// a feature of the article, such as its share buttons, not the element itself).
        case markedChrome
    }

    /// `node`'s verdict; `kind` is what the rules say about its tag. `cache` remembers verdicts
    /// by class and id: pages repeat the same few class lists on hundreds of elements, and the
    /// marker search is the costly part.
    static func verdict(
        _ node: HTMLSnapshot.Node, kind: TagKinds.Kind,
        cache: inout [String: Verdict]
    ) -> Verdict {
        if kind.contains(.page) { return .content }
        // By tag too only "marked": when markup is broken, libxml2 nests the whole article
        // inside an unclosed <header> or <nav>, and then it holds most of the page's prose.
        if kind.contains(.chrome) { return .markedChrome }
        // Site headers hold menus; an article's <header> may hold its whole text.
        if kind.contains(.header) { return .likelyChrome }
        // A leading space, like the one after each value, lets `chromeClassWords` match whole.
        var names = " "
        for attribute in node.attributes {
            switch attribute.name {
            case "class", "id": names += attribute.value + " "
            // React's streamed pages park the article in a hidden <div> that script reveals.
            case "hidden": return .markedChrome
            case "style" where isHiddenStyle(attribute.value): return .chrome
            default: continue
            }
        }
        guard names.utf8.count > 1 else { return .content }
        let found: Verdict
        if let known = cache[names] {
            found = known
        } else {
            found = verdict(marks: TextMeasure.foldingASCII(names))
            cache[names] = found
        }
        // A heading's id is often its own text (`id="voice-activated-assistant"`): a weak
        // marker there names the section, not a widget.
        return found == .likelyChrome && kind.contains(.heading) ? .content : found
    }

    /// The verdict of lower-cased class and id values.
    static func verdict(marks: [UInt8]) -> Verdict {
        let pairs = BytePairs(marks)
        if commentMarkers.anyOccurs(in: marks, pairs: pairs) { return .chrome }
        if chromeMarkers.anyOccurs(in: marks, pairs: pairs) {
            return contentMarkers.anyOccurs(in: marks, pairs: pairs) ? .content : .markedChrome
        }
        return weakChromeMarkers.anyOccurs(in: marks, pairs: pairs) ? .likelyChrome : .content
    }

    // The marker sets of `ExtractionMarkers`, as byte searches.
    static let chromeMarkers = WordSet(
        ExtractionMarkers.chromeClasses + ExtractionMarkers.chromeClassWords.flatMap(delimited))

    /// `word` in each of the ways a whole part of a class list can be delimited.
    static func delimited(_ word: String) -> [String] {
        let delimiters = [" ", "-", "_"]
        return delimiters.flatMap { before in delimiters.map { after in before + word + after } }
    }

    static let commentMarkers = WordSet(ExtractionMarkers.commentClasses)
    static let weakChromeMarkers = WordSet(
        ExtractionMarkers.weakChromeClasses
            + ExtractionMarkers.weakChromeClassWords.flatMap(delimited))
    static let contentMarkers = WordSet(ExtractionMarkers.contentClasses)
    static let hiddenStyles = WordSet(ExtractionMarkers.hiddenStyles)

    /// Whether a `style` value hides its element, read with ASCII case folded and spaces
    /// dropped. Byte work: nearly every element of some templates carries a style.
    static func isHiddenStyle(_ style: String) -> Bool {
        var folded: [UInt8] = []
        folded.reserveCapacity(style.utf8.count)
        for byte in style.utf8 where byte != 0x20 {
            folded.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
        }
        return hiddenStyles.anyOccurs(in: folded, pairs: nil)
    }
}
