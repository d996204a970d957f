/// A place in the YAML text: line and column from 1, columns in Unicode scalars as libyaml
/// counts them.
public struct YAMLMark: Sendable, Equatable {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
