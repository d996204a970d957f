import LibYAML

/// The running node count of an event stream with aliases expanded, and each anchor's size:
/// what a walk over the document would visit, known before anything walks it.
struct ExpansionCounter {
    private(set) var total = 0
    private var sizes: [String: Int] = [:]
    /// Open collections: their anchor and the total when they started.
    private var open: [(anchor: String?, start: Int)] = []

    mutating func count(_ event: YAMLEvent) {
        switch event.kind {
        case .scalar(_, let anchor):
            total += 1
            if let anchor { sizes[anchor] = 1 }
        case .alias(let anchor):
            total += sizes[anchor] ?? 1
        case .sequenceStart(let anchor), .mappingStart(let anchor):
            open.append((anchor, total))
            total += 1
        case .sequenceEnd, .mappingEnd:
            guard let (anchor, start) = open.popLast() else { return }
            if let anchor { sizes[anchor] = total - start }
        case .streamStart, .streamEnd, .documentStart, .documentEnd:
            break
        }
    }
}
