import CYaml

/// The running node count of an event stream with aliases expanded, and each anchor's size.
struct ExpansionCounter {
    private(set) var total = 0
    private var sizes: [String: Int] = [:]
    /// Open collections: their anchor and the total when they started.
    private var open: [(anchor: String?, start: Int)] = []

    mutating func count(_ event: yaml_event_t) {
        switch event.type {
        case YAML_SCALAR_EVENT:
            total += 1
            if let anchor = Self.name(event.data.scalar.anchor) { sizes[anchor] = 1 }
        case YAML_ALIAS_EVENT:
            total += Self.name(event.data.alias.anchor).flatMap { sizes[$0] } ?? 1
        case YAML_SEQUENCE_START_EVENT:
            open.append((Self.name(event.data.sequence_start.anchor), total))
            total += 1
        case YAML_MAPPING_START_EVENT:
            open.append((Self.name(event.data.mapping_start.anchor), total))
            total += 1
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let (anchor, start) = open.popLast() else { return }
            if let anchor { sizes[anchor] = total - start }
        default:
            break
        }
    }

    private static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
