import Testing

@testable import WatchWeb

/// The line diff the article page shows between two versions.
@Suite struct LineDiffTests {
    @Test func aChangedLineReadsAsRemovedThenAdded() throws {
        let diff = try #require(LineDiff(old: "a\nb\nc", new: "a\nB\nc\nd"))
        #expect(
            diff.lines.map { "\($0.change.rawValue):\($0.text)" }
                == ["same:a", "removed:b", "added:B", "same:c", "added:d"])
        #expect(diff.addedCount == 2 && diff.removedCount == 1)
    }

    @Test func identicalTextsHaveNoChangesAndEmptyTextsWork() throws {
        #expect(try #require(LineDiff(old: "x\ny", new: "x\ny")).lines.allSatisfy { $0.change == .same })
        let fromEmpty = try #require(LineDiff(old: "", new: "n"))
        #expect(fromEmpty.addedCount == 1 && fromEmpty.removedCount == 1)
    }

    @Test func textsTooLongToCompareAreRefused() {
        let long = (0..<2_001).map(String.init).joined(separator: "\n")
        #expect(LineDiff(old: long, new: long + "\nx") == nil)
    }
}
