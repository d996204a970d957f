import Foundation

/// A hand-written recursive-descent parser for the subset `CSSSelector` documents.
struct CSSSelectorParser {
    private let source: String
    private let characters: [Character]
    private var index = 0

    init(_ selector: String) {
        source = selector
        characters = Array(selector)
    }

    /// The comma-separated selectors, each a list of steps.
    mutating func parseGroups() throws -> [[CSSStep]] {
        var groups: [[CSSStep]] = []
        repeat {
            skipSpaces()
            groups.append(try parseSelector())
            skipSpaces()
        } while try consumeComma()
        return groups
    }

    private mutating func consumeComma() throws -> Bool {
        guard let current else { return false }
        guard current == "," else { throw failure("unexpected '\(current)'") }
        index += 1
        return true
    }

    private mutating func parseSelector() throws -> [CSSStep] {
        var steps = [try parseCompound(isChild: false)]
        while true {
            let hadSpace = skipSpaces()
            guard let current, current != "," else { return steps }
            var isChild = false
            if current == ">" {
                isChild = true
                index += 1
                skipSpaces()
            } else if !hadSpace {
                throw failure("unexpected '\(current)'")
            }
            steps.append(try parseCompound(isChild: isChild))
        }
    }

    private mutating func parseCompound(isChild: Bool) throws -> CSSStep {
        var step = CSSStep(isChild: isChild)
        var matchedSomething = false
        if current == "*" {
            index += 1
            matchedSomething = true
        } else if let name = identifier() {
            step.tag = name.lowercased()
            matchedSomething = true
        }
        loop: while let current {
            switch current {
            case ".":
                index += 1
                let name = try required("a class name after '.'")
                step.predicates.append(
                    "contains(concat(' ', normalize-space(@class), ' '), \(Self.literal(" \(name) ")))")
            case "#":
                index += 1
                step.predicates.append("@id=\(Self.literal(try required("an id after '#'")))")
            case "[":
                index += 1
                step.predicates.append(try parseAttribute())
            case ":", "+", "~":
                throw failure("'\(current)' is not supported (tag, .class, #id, [attr], [attr=v], space, >, ,)")
            default:
                break loop
            }
            matchedSomething = true
        }
        guard matchedSomething else {
            throw failure(current.map { "expected a tag, '.', '#' or '[' but found '\($0)'" } ?? "expected a selector")
        }
        return step
    }

    private mutating func parseAttribute() throws -> String {
        skipSpaces()
        let name = try required("an attribute name after '['").lowercased()
        skipSpaces()
        if current == "]" {
            index += 1
            return "@\(name)"
        }
        guard current == "=" else { throw failure("expected '=' or ']' in attribute selector") }
        index += 1
        skipSpaces()
        let value: String
        if let quote = current, quote == "\"" || quote == "'" {
            index += 1
            let start = index
            while let c = current, c != quote { index += 1 }
            guard current == quote else { throw failure("unterminated quoted value") }
            value = String(characters[start..<index])
            index += 1
        } else {
            value = try required("a value after '='")
        }
        skipSpaces()
        guard current == "]" else { throw failure("expected ']' to close the attribute selector") }
        index += 1
        return "@\(name)=\(Self.literal(value))"
    }

    private var current: Character? { index < characters.count ? characters[index] : nil }

    /// Identifiers: letters, digits, `-`, `_` and anything beyond ASCII.
    private mutating func identifier() -> String? {
        let start = index
        while let c = current, c.isLetter || c.isNumber || c == "-" || c == "_" || !c.isASCII { index += 1 }
        return index > start ? String(characters[start..<index]) : nil
    }

    private mutating func required(_ what: String) throws -> String {
        guard let name = identifier() else { throw failure("expected \(what)") }
        return name
    }

    @discardableResult
    private mutating func skipSpaces() -> Bool {
        let start = index
        while let c = current, c.isWhitespace { index += 1 }
        return index > start
    }

    private func failure(_ reason: String) -> CSSSelectorError {
        CSSSelectorError(selector: source, position: index + 1, reason: reason)
    }

    /// An XPath 1.0 string literal for `text`; XPath has no escapes, so a text holding both
    /// quote kinds is built with `concat`.
    static func literal(_ text: String) -> String {
        if !text.contains("'") { return "'\(text)'" }
        if !text.contains("\"") { return "\"\(text)\"" }
        let parts = text.split(separator: "'", omittingEmptySubsequences: false).map { "'\($0)'" }
        return "concat(" + parts.joined(separator: ", \"'\", ") + ")"
    }
}
