/// UTF-8 text gathered piece by piece with every run of spaces (`TextMeasure.spaceWidth`)
/// folded to one ASCII space and none at either end. A page's lines are built this way in one
/// pass over their text nodes, instead of joining the pieces and folding the result again.
struct FoldedText {
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false

    var isEmpty: Bool { bytes.isEmpty }
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends `text`, folded; returns the UTF-8 bytes of its non-space characters.
    @discardableResult
    mutating func append(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { append(utf8: $0) }
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        pendingSpace = false
    }

    private mutating func append(utf8 source: UnsafeBufferPointer<UInt8>) -> Int {
        var content = 0
        var index = 0
        while index < source.count {
            let width = TextMeasure.spaceWidth(source, at: index)
            if width > 0 {
                pendingSpace = !bytes.isEmpty
                index += width
                continue
            }
            // Copy the whole run up to the next space at once.
            let start = index
            repeat { index += 1 } while index < source.count && TextMeasure.spaceWidth(source, at: index) == 0
            if pendingSpace { bytes.append(0x20) }
            pendingSpace = false
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<index]))
            content += index - start
        }
        return content
    }
}
