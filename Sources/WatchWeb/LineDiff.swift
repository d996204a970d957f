/// A line diff between two texts (longest common subsequence), as the article page shows the
/// change between two stored versions.
struct LineDiff: Sendable, Equatable {
    /// One line of the diff: kept, removed from the older text, or added in the newer one.
    struct Line: Sendable, Equatable {
        enum Change: String, Sendable { case same, removed, added }
        var change: Change
        var text: String
    }

    var lines: [Line]

    /// Texts with more than this many line pairs are not diffed: the table would take too much
    /// memory and time for a page render, and no notice is that long.
    static let maxCellCount = 4_000_000

    /// The diff of `old` to `new`, line by line; `nil` when the texts are too long to compare.
    init?(old: String, new: String) {
        let before = old.components(separatedBy: "\n")
        let after = new.components(separatedBy: "\n")
        guard before.count * after.count <= Self.maxCellCount else { return nil }
        lines = Self.walk(before, after, table: Self.commonLengths(before, after))
    }

    var addedCount: Int { lines.count { $0.change == .added } }
    var removedCount: Int { lines.count { $0.change == .removed } }

    /// `table[i][j]`: the longest common subsequence of `before[i...]` and `after[j...]`.
    private static func commonLengths(_ before: [String], _ after: [String]) -> [[Int]] {
        var table = Array(repeating: Array(repeating: 0, count: after.count + 1), count: before.count + 1)
        for i in stride(from: before.count - 1, through: 0, by: -1) {
            for j in stride(from: after.count - 1, through: 0, by: -1) {
                table[i][j] = before[i] == after[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        return table
    }

    private static func walk(_ before: [String], _ after: [String], table: [[Int]]) -> [Line] {
        var result: [Line] = []
        var i = 0
        var j = 0
        while i < before.count || j < after.count {
            if i < before.count, j < after.count, before[i] == after[j] {
                result.append(Line(change: .same, text: before[i]))
                i += 1
                j += 1
            } else if i < before.count, j == after.count || table[i + 1][j] >= table[i][j + 1] {
                // Removals first, so a changed line reads as the old one, then the new one.
                result.append(Line(change: .removed, text: before[i]))
                i += 1
            } else {
                result.append(Line(change: .added, text: after[j]))
                j += 1
            }
        }
        return result
    }
}
