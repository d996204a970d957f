/// A diff as the article page renders it.
struct DiffView: Sendable {
    struct Choice: Sendable {
        var from: Int
        var to: Int
    }

    struct Line: Sendable {
        var text: String
        var isAdded: Bool
        var isRemoved: Bool
        var isSame: Bool
    }

    var from: Int
    var to: Int
    var added: Int
    var removed: Int
    var lines: [Line]
    var choices: [Choice]
    /// Stored: Mustache sees stored properties only.
    var hasChoices: Bool

    init(from: Int, to: Int, diff: LineDiff, choices: [Choice]) {
        self.from = from
        self.to = to
        added = diff.addedCount
        removed = diff.removedCount
        lines = diff.lines.map {
            Line(
                text: DisplayText.clean($0.text), isAdded: $0.change == .added, isRemoved: $0.change == .removed,
                isSame: $0.change == .same)
        }
        self.choices = choices
        hasChoices = choices.count > 1
    }
}
