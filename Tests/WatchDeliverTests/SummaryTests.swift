import Testing

@testable import WatchDeliver

@Suite struct SummaryTests {
    static func summary(_ paragraphs: [String], _ length: Int) -> String {
        var article = Fixtures.article
        article.paragraphs = paragraphs
        return Summary.of(article, length: length)
    }

    @Test func paragraphsAndLineBreaksBecomeSingleSpacesAndACutIsMarked() {
        #expect(Self.summary(["第一段\n\n续行", "", "第二段\n"], 100) == "第一段 续行 第二段")
        #expect(Self.summary(["abcdef"], 6) == "abcdef")
        #expect(Self.summary(["abcdef"], 5) == "abcde…")
        #expect(Self.summary(["abc", "def"], 3) == "abc…")
        #expect(Self.summary(["\nabc"], 10) == "abc")
        #expect(Self.summary([], 10) == "")
    }
}
