import LibXML

/// What the extraction rules say about each tag of one page, computed once per distinct tag
/// and read by `Node.tagID`: the passes over the snapshot ask it of every element.
struct TagKinds: Sendable {
    struct Kind: OptionSet, Sendable {
        let rawValue: UInt16
        /// `ExtractionMarkers.invisibleTags`.
        static let invisible = Kind(rawValue: 1 << 0)
        /// `ExtractionMarkers.blockTags`.
        static let block = Kind(rawValue: 1 << 1)
        /// `ExtractionMarkers.chromeTags`.
        static let chrome = Kind(rawValue: 1 << 2)
        /// `ExtractionMarkers.pageTags`.
        static let page = Kind(rawValue: 1 << 3)
        /// `ExtractionMarkers.datelessTags`.
        static let dateless = Kind(rawValue: 1 << 4)
        /// `br` and `hr`: they end a line but hold none.
        static let lineBreak = Kind(rawValue: 1 << 5)
        /// `a`.
        static let link = Kind(rawValue: 1 << 6)
        /// `header`.
        static let header = Kind(rawValue: 1 << 7)
        /// `p`.
        static let paragraph = Kind(rawValue: 1 << 8)
        /// `ExtractionMarkers.headingTags`.
        static let heading = Kind(rawValue: 1 << 9)
    }

    private let kinds: [Kind]

    init(_ snapshot: HTMLSnapshot) {
        kinds = snapshot.tagNames.map(Self.kind)
    }

    subscript(node: HTMLSnapshot.Node) -> Kind {
        kinds[node.tagID]
    }

    static func kind(of tag: String) -> Kind {
        var kind: Kind = []
        if ExtractionMarkers.invisibleTags.contains(tag) { kind.insert(.invisible) }
        if ExtractionMarkers.blockTags.contains(tag) { kind.insert(.block) }
        if ExtractionMarkers.chromeTags.contains(tag) { kind.insert(.chrome) }
        if ExtractionMarkers.pageTags.contains(tag) { kind.insert(.page) }
        if ExtractionMarkers.datelessTags.contains(tag) { kind.insert(.dateless) }
        if ExtractionMarkers.headingTags.contains(tag) { kind.insert(.heading) }
        switch tag {
        case "br", "hr": kind.insert(.lineBreak)
        case "a": kind.insert(.link)
        case "header": kind.insert(.header)
        case "p": kind.insert(.paragraph)
        default: break
        }
        return kind
    }
}
