/// A line diff of two texts (longest common subsequence), for `articles diff` and the `changes:`
/// summary of a `.vN.md` file.
public struct LineDiff: Sendable, Hashable {
    /// One line of the diff.
    public enum Line: Sendable, Hashable {
        case same(String)
        case removed(String)
        case added(String)
    }

    public var lines: [Line]

    /// Lines beyond this many on either side are compared as wholly different: the table the
    /// subsequence needs grows with the product of both counts (2000 × 2000 is 4 M cells).
    public static let maxComparedLines = 2000

    /// The diff of `old` to `new`, split on line ends; empty lines ignored (bodies are paragraphs).
    public init(from old: String, to new: String) {
        let before = Self.split(old)
        let after = Self.split(new)
        guard before.count <= Self.maxComparedLines, after.count <= Self.maxComparedLines else {
            lines = before.map(Line.removed) + after.map(Line.added)
            return
        }
        lines = Self.walk(before, after)
    }

    /// True when the texts have the same lines.
    public var isEmpty: Bool { lines.allSatisfy { if case .same = $0 { true } else { false } } }

    /// `-`/`+`/space prefixed lines, as `diff -u` shows them (no hunks: bodies are short).
    public var unified: [String] {
        lines.map { line in
            switch line {
            case .same(let text): "  " + text
            case .removed(let text): "- " + text
            case .added(let text): "+ " + text
            }
        }
    }

    /// At most `limit` short lines saying what changed: `旧 → 新` for a line replaced by one
    /// line, `+ 新`/`- 旧` otherwise, each cut to `width` characters.
    public func summary(limit: Int = 3, width: Int = 60) -> [String] {
        var out: [String] = []
        var index = 0
        while index < lines.count, out.count < limit {
            let next = index + 1 < lines.count ? lines[index + 1] : nil
            switch (lines[index], next) {
            case (.removed(let old), .added(let new)?):
                out.append(Self.cut(old, width / 2) + " → " + Self.cut(new, width / 2))
                index += 2
                continue
            case (.removed(let old), _): out.append("- " + Self.cut(old, width))
            case (.added(let new), _): out.append("+ " + Self.cut(new, width))
            case (.same, _): break
            }
            index += 1
        }
        return out
    }

    private static func cut(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width)) + "…"
    }

    private static func split(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
    }

    /// The classic table of common-subsequence lengths from the ends, then one walk from the start.
    private static func walk(_ old: [String], _ new: [String]) -> [Line] {
        let width = new.count + 1
        var table = [Int](repeating: 0, count: (old.count + 1) * width)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                table[i * width + j] =
                    old[i] == new[j]
                    ? table[(i + 1) * width + j + 1] + 1
                    : max(table[(i + 1) * width + j], table[i * width + j + 1])
            }
        }
        var out: [Line] = []
        var i = 0
        var j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                out.append(.same(old[i]))
                i += 1
                j += 1
            } else if i < old.count, j == new.count || table[(i + 1) * width + j] >= table[i * width + j + 1] {
                out.append(.removed(old[i]))
                i += 1 // removals first, so a replaced line reads old → new
            } else {
                out.append(.added(new[j]))
                j += 1
            }
        }
        return out
    }
}
