import CYaml

/// Refuses alias bombs ("billion laughs") before Yams composes the document. Composing shares
/// aliased nodes, but Yams' duplicate-key check hashes every key in full, and our own walk would
/// visit every copy: a few lines of nested aliases used as a key hung `check` for good.
/// libyaml's event stream gives each node's size with its aliases expanded, in one linear pass.
/// (WatchConfig owns the Yams dependency, so libyaml's C API is used here and nowhere else.)
enum AliasBudget {
    /// Nodes a document may hold once every alias is expanded. A sources.yaml with a thousand
    /// sources holds some 30 000; a bomb passes this after a few levels.
    static let maxExpandedNodes = 1_000_000

    /// Throws a located `ConfigError` at the alias that takes the document over the budget.
    /// Syntax errors are left to Yams, which reports them with its own messages.
    static func check(_ text: String, file: String) throws {
        var bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        try bytes.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var counter = ExpansionCounter()
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return }
                counter.count(event)
                if counter.total > maxExpandedNodes {
                    throw ConfigError(
                        file: file, line: Int(event.start_mark.line) + 1,
                        column: Int(event.start_mark.column) + 1,
                        message: "aliases expand the document beyond \(maxExpandedNodes) nodes; "
                            + "a config needs far fewer (is this an alias bomb?)")
                }
            }
        }
    }
}
