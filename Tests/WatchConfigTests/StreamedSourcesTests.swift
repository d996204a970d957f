import Testing
import WatchConfig
import WatchCore

/// The loader reads `sources:` one item at a time, in a second reading of the document. What a
/// reader of a whole tree would give must still hold: defaults written after the sources,
/// anchors from anywhere earlier, `sources` as an alias, and a syntax error reported before a
/// mistake in a source written above it.
@Suite struct StreamedSourcesTests: ReadsConfigText {
    static func source(_ id: String, extra: String = "") -> String {
        "  - id: \(id)\n    name: \(id)\n    kind: bureau\n    url: https://\(id).example/list.html\n\(extra)"
    }

    @Test func defaultsWrittenAfterTheSourcesApplyToThem() throws {
        let config = try load("sources:\n" + Self.source("a") + Self.source("b") + "defaults:\n  interval: 2h\n")
        #expect(config.sources.map(\.interval) == [.seconds(7200), .seconds(7200)])
    }

    @Test func anchorsFromTheDefaultsAndFromEarlierSourcesAreFound() throws {
        let text =
            "defaults:\n  per_host: &polite { concurrency: 1, delay: 9s }\nsources:\n"
            + Self.source("a", extra: "    selectors: &rows { item: \"ul li\", link: a }\n")
            + Self.source("b", extra: "    selectors: *rows\n    per_host: *polite\n")
            + Self.source("c", extra: "    name_again_is_unknown: *rows\n")
        #expect(failure(text)?.message.contains("unknown key 'name_again_is_unknown'") == true)
        let valid = text.replacingOccurrences(
            of: Self.source("c", extra: "    name_again_is_unknown: *rows\n"), with: "")
        let config = try load(valid)
        #expect(config.sources.map(\.selectors.item) == ["ul li", "ul li"])
        #expect(config.sources[1].perHost.delay == .seconds(9))
    }

    @Test func sourcesMayBeAnAliasOrCarryAnAnchor() throws {
        let anchored = try load("sources: &all\n" + Self.source("a") + Self.source("b"))
        #expect(anchored.sources.map(\.id) == ["a", "b"])
        // The only list an alias can borrow is another key's, and no webhook is a source: an empty one.
        let aliased = try #require(failure("notify: &none []\nsources: *none\n"))
        #expect(aliased.message.contains("at least one source") && aliased.line == 1, "\(aliased)")
    }

    @Test func aSyntaxErrorBelowOutranksAMistakeInASourceAbove() throws {
        let text = "sources:\n" + Self.source("a", extra: "    pages: 99\n") + Self.source("b") + "notify: [unclosed\n"
        let error = try #require(failure(text))
        #expect(error.message.hasPrefix("YAML syntax"), "\(error)")
        let mistake = try #require(failure(text.replacingOccurrences(of: "notify: [unclosed\n", with: "")))
        #expect(mistake.message.contains("pages") && mistake.line == 6, "\(mistake)")
    }

    @Test func aMistakeInALaterSourceNamesItsIndexAndLine() throws {
        let text = "sources:\n" + Self.source("a") + Self.source("b") + Self.source("a")
        let error = try #require(failure(text))
        #expect(error.message.contains("used twice") && error.line == 10 && error.column == 5, "\(error)")
        let kind = try #require(failure("sources:\n" + Self.source("a") + "  - id: b\n    kind: x\n"))
        #expect(kind.message.contains("sources[1]"), "\(kind)")
    }

    @Test func aKeyWrittenTwiceIsPlacedAtItsFirstUse() throws {
        let error = try #require(failure("sources:\n" + Self.source("a", extra: "    pages: 2\n    pages: 3\n")))
        #expect(error.message.contains("duplicate key 'pages'") && error.line == 6 && error.column == 5, "\(error)")
    }

    @Test func deepNestingIsALocatedErrorNotACrash() throws {
        let deep = String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)
        let error = try #require(failure("sources: " + deep + "\n"))
        #expect(error.message.contains("nest deeper") && error.line == 1, "\(error)")
    }

    @Test func aControlCharacterAfterChineseTextIsPlacedAtItsColumn() throws {
        let error = try #require(failure("sources:\n  - name: 国家邮政局\u{1}\n"))
        #expect(error.line == 2 && error.column == 16, "\(error)")
    }
}
