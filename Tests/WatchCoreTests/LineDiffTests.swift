import Testing
import WatchCore

@Suite struct LineDiffTests {
    @Test func aReplacedLineReadsOldThenNewAndAddedLinesArePlus() {
        let diff = LineDiff(from: "甲\n乙\n丙", to: "甲\n乙改\n丙\n丁")
        #expect(diff.lines == [.same("甲"), .removed("乙"), .added("乙改"), .same("丙"), .added("丁")])
        #expect(diff.unified == ["  甲", "- 乙", "+ 乙改", "  丙", "+ 丁"])
        #expect(diff.summary() == ["乙 → 乙改", "+ 丁"])
        #expect(!diff.isEmpty)
    }

    @Test func equalTextsHaveNoChangesAndBlankLinesDoNotCount() {
        let diff = LineDiff(from: "甲\n\n乙", to: "甲\n乙\n")
        #expect(diff.isEmpty)
        #expect(diff.summary().isEmpty)
    }

    @Test func theSummaryStopsAtItsLimitAndCutsLongLines() {
        let long = String(repeating: "长", count: 100)
        let diff = LineDiff(from: "a\nb\nc\nd", to: long)
        let summary = diff.summary(limit: 3, width: 20)
        #expect(summary.count == 3)
        #expect(summary[0] == "- a")
        #expect(LineDiff(from: "", to: long).summary(width: 20) == ["+ " + String(repeating: "长", count: 20) + "…"])
    }
}
