import LibYAML

/// Builds `YAMLNode`s from libyaml's events as a YAML composer does (one document, anchors and
/// aliases shared, not copied), with the checks a config needs: each key once in a mapping, a
/// bounded depth, and a bounded size with aliases expanded. One list, the root mapping's
/// `streamedKey`, can be handed over item by item and not kept, so that a config of 10 000
/// sources never exists as one tree.
struct YAMLComposer {
    /// Nodes a document may hold once every alias is expanded. A sources.yaml with a thousand
    /// sources holds some 30 000; an alias bomb ("billion laughs") passes this after a few levels.
    static let maxExpandedNodes = 1_000_000
    /// How deep lists and mappings may nest. A config needs five levels; a few thousand would
    /// overflow the stack of a recursive walk.
    static let maxDepth = 64

    /// Receives one item of the streamed list and its index.
    typealias ItemSink = (YAMLNode, Int) throws -> Void

    private let reader: YAMLEventReader
    private let file: String
    private let bytes: [UInt8]
    private var anchors: [String: YAMLNode] = [:]
    private var expansion = ExpansionCounter()

    init(utf8 bytes: [UInt8], file: String) throws {
        self.file = file
        self.bytes = bytes
        do {
            reader = try YAMLEventReader(utf8: bytes)
        } catch {
            throw YAMLErrorLocation.configError(error, file: file, bytes: bytes)
        }
    }

    /// The document's root, or `nil` for a file with no document. When the root is a mapping
    /// whose `streamedKey` holds a written list (not an alias, no anchor), each item goes to
    /// `sink` as it is complete, and the root keeps that list empty.
    mutating func document(streaming streamedKey: String, into sink: ItemSink) throws -> YAMLNode? {
        _ = try nextEvent() // the stream's start
        let start = try nextEvent()
        guard start.kind == .documentStart else { return nil }
        let first = try nextEvent()
        let root: YAMLNode
        if case .mappingStart(let anchor) = first.kind {
            root = try mapping(from: first, anchor: anchor, depth: 1, streamedKey: streamedKey, sink: sink)
        } else {
            root = try node(from: first, depth: 1)
        }
        _ = try nextEvent() // the document's end
        let after = try nextEvent()
        guard after.kind == .streamEnd else {
            throw error(
                "expected a single document in the stream but found another; a config is one document",
                at: after.mark)
        }
        return root
    }

    private mutating func node(from event: YAMLEvent, depth: Int) throws -> YAMLNode {
        guard depth <= Self.maxDepth else {
            throw error(
                "lists and mappings nest deeper than \(Self.maxDepth) levels; a config needs a few", at: event.mark)
        }
        switch event.kind {
        case .alias(let anchor):
            guard let node = anchors[anchor] else { throw error("found undefined alias '\(anchor)'", at: event.mark) }
            return node
        case .scalar(let text, let anchor):
            return register(YAMLNode(.scalar(text), line: event.mark.line, column: event.mark.column), anchor)
        case .sequenceStart(let anchor):
            var items: [YAMLNode] = []
            while let item = try nextItem() { items.append(try node(from: item, depth: depth + 1)) }
            return register(YAMLNode(.sequence(items), line: event.mark.line, column: event.mark.column), anchor)
        case .mappingStart(let anchor):
            return try mapping(from: event, anchor: anchor, depth: depth, streamedKey: nil)
        case .streamStart, .streamEnd, .documentStart, .documentEnd, .sequenceEnd, .mappingEnd:
            throw error("unexpected \(event.kind) where a value belongs", at: event.mark)
        }
    }

    private mutating func mapping(
        from start: YAMLEvent, anchor: String?, depth: Int, streamedKey: String?, sink: ItemSink = { _, _ in }
    ) throws -> YAMLNode {
        var pairs: [YAMLPair] = []
        while true {
            let keyEvent = try nextEvent()
            if keyEvent.kind == .mappingEnd { break }
            let key = try node(from: keyEvent, depth: depth + 1)
            let valueEvent = try nextEvent()
            let value: YAMLNode
            if let streamedKey, case .scalar(streamedKey, _) = keyEvent.kind,
                valueEvent.kind == .sequenceStart(anchor: nil)
            {
                var index = 0
                while let item = try nextItem() {
                    try sink(try node(from: item, depth: depth + 2), index)
                    index += 1
                }
                value = YAMLNode(.sequence([]), line: valueEvent.mark.line, column: valueEvent.mark.column)
            } else {
                value = try node(from: valueEvent, depth: depth + 1)
            }
            pairs.append(YAMLPair(key: key, value: value))
        }
        try checkKeysOnce(pairs)
        return register(YAMLNode(.mapping(pairs), line: start.mark.line, column: start.mark.column), anchor)
    }

    /// The first event of the list's next item, or `nil` where the list ends.
    private mutating func nextItem() throws -> YAMLEvent? {
        let event = try nextEvent()
        return event.kind == .sequenceEnd ? nil : event
    }

    /// A key written twice is an error naming every repeated key, in alphabetical order, placed
    /// where the alphabetically first of them is first written.
    private func checkKeysOnce(_ pairs: [YAMLPair]) throws {
        var firstPlace: [String: YAMLNode] = [:]
        var repeated: Set<String> = []
        for pair in pairs {
            guard case .scalar(let name) = pair.key.content else { continue }
            if firstPlace[name] == nil { firstPlace[name] = pair.key } else { repeated.insert(name) }
        }
        let names = repeated.sorted()
        guard let first = names.first, let place = firstPlace[first] else { return }
        throw ConfigError(
            file: file, line: Int(place.line), column: Int(place.column),
            message: "duplicate key '\(names.joined(separator: "', '"))'; each key may appear once")
    }

    private mutating func register(_ node: YAMLNode, _ anchor: String?) -> YAMLNode {
        if let anchor { anchors[anchor] = node }
        return node
    }

    /// The next event, counted against the expanded size: an alias that takes the document over
    /// the budget is refused where it stands, before anything walks the copies it stands for.
    private mutating func nextEvent() throws -> YAMLEvent {
        let event: YAMLEvent
        do {
            event = try reader.next()
        } catch {
            throw YAMLErrorLocation.configError(error, file: file, bytes: bytes)
        }
        expansion.count(event)
        if expansion.total > Self.maxExpandedNodes {
            throw ConfigError(
                file: file, line: event.mark.line, column: event.mark.column,
                message: "aliases expand the document beyond \(Self.maxExpandedNodes) nodes; "
                    + "a config needs far fewer (is this an alias bomb?)")
        }
        return event
    }

    private func error(_ problem: String, at mark: YAMLMark) -> ConfigError {
        ConfigError(file: file, line: mark.line, column: mark.column, message: "YAML syntax: \(problem)")
    }
}
