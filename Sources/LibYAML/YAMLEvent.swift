import CYAML

/// One event of libyaml's parser, copied out of C memory.
public struct YAMLEvent: Sendable, Equatable {
    /// What the parser met. Tags and scalar styles are not kept: the config reads every scalar as text.
    public enum Kind: Sendable, Equatable {
        case streamStart, streamEnd, documentStart, documentEnd
        case alias(anchor: String)
        case scalar(String, anchor: String?)
        case sequenceStart(anchor: String?)
        case sequenceEnd
        case mappingStart(anchor: String?)
        case mappingEnd
    }

    public let kind: Kind
    /// Where the event starts.
    public let mark: YAMLMark

    init(_ event: yaml_event_t) {
        mark = YAMLMark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        kind = Self.kind(of: event)
    }

    private static func kind(of event: yaml_event_t) -> Kind {
        switch event.type {
        case YAML_STREAM_START_EVENT: .streamStart
        case YAML_DOCUMENT_START_EVENT: .documentStart
        case YAML_DOCUMENT_END_EVENT: .documentEnd
        case YAML_ALIAS_EVENT: .alias(anchor: text(event.data.alias.anchor) ?? "")
        case YAML_SCALAR_EVENT:
            .scalar(
                text(event.data.scalar.value, length: event.data.scalar.length) ?? "",
                anchor: text(event.data.scalar.anchor))
        case YAML_SEQUENCE_START_EVENT: .sequenceStart(anchor: text(event.data.sequence_start.anchor))
        case YAML_SEQUENCE_END_EVENT: .sequenceEnd
        case YAML_MAPPING_START_EVENT: .mappingStart(anchor: text(event.data.mapping_start.anchor))
        case YAML_MAPPING_END_EVENT: .mappingEnd
        default: .streamEnd // YAML_STREAM_END_EVENT, and YAML_NO_EVENT, which the parser never returns
        }
    }

    /// A scalar's value may hold NUL (`"\0"`), so it is read by length, not to the first NUL.
    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int) -> String? {
        pointer.map { String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self) }
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
