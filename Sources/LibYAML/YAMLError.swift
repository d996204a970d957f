import CYAML

/// Why libyaml could not go on: its own words and where.
public struct YAMLError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Stage: Sendable, Equatable {
        /// Out of memory, or the parser could not be set up.
        case memory
        /// The bytes: an encoding error or a character YAML does not allow (`byteOffset` says where).
        case reader
        /// The tokens: e.g. a tab where indentation is expected.
        case scanner
        /// The structure: e.g. a mapping value where none is allowed.
        case parser
    }

    public let stage: Stage
    /// libyaml's description, e.g. "mapping values are not allowed in this context".
    public let problem: String
    /// Where the problem is (scanner and parser errors).
    public let mark: YAMLMark
    /// The byte offset of the problem in the input (reader errors).
    public let byteOffset: Int

    init(_ parser: yaml_parser_t) {
        switch parser.error {
        case YAML_READER_ERROR: stage = .reader
        case YAML_SCANNER_ERROR: stage = .scanner
        case YAML_PARSER_ERROR: stage = .parser
        default: stage = .memory
        }
        problem = parser.problem.map { String(cString: $0) } ?? "libyaml failed without saying why"
        mark = YAMLMark(line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
        byteOffset = Int(parser.problem_offset)
    }

    public var description: String { "\(mark.line):\(mark.column): \(problem)" }
}
