/// The display form of a text: paragraphs trimmed, empty ones dropped, one blank line between
/// paragraphs, ruby/pinyin annotations removed. One pass over the UTF-8 bytes, copying runs.
enum DisplayText {
    static func tidy(_ text: String) -> String {
        var text = text
        let bytes = text.withUTF8 { tidy($0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func tidy(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace: Int? // where a run of spaces inside a line began; kept if content follows
        var lineHasContent = false
        var needsParagraphBreak = false
        var previous: UInt32 = 0 // the last scalar written on this line (0: none)
        var index = 0
        while index < bytes.count {
            let (value, length) = UTF8Scalars.decode(bytes, at: index)
            if isNewline(value) {
                pendingSpace = nil
                needsParagraphBreak = needsParagraphBreak || lineHasContent
                lineHasContent = false
                previous = 0
            } else if isSpace(value) {
                if lineHasContent, pendingSpace == nil { pendingSpace = index }
            } else if RubyAnnotation.isOpening(value), pendingSpace == nil,
                RubyAnnotation.canPrecedeAnnotation(previous),
                let end = RubyAnnotation.annotationEnd(in: bytes, opening: index)
            {
                index = end
                continue
            } else {
                if needsParagraphBreak, !out.isEmpty { out.append(contentsOf: [0x0A, 0x0A]) }
                needsParagraphBreak = false
                let from = pendingSpace ?? index
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<(index + length)]))
                pendingSpace = nil
                lineHasContent = true
                previous = value
            }
            index += length
        }
        return out
    }

    static func isNewline(_ value: UInt32) -> Bool {
        switch value {
        case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// Spaces and invisible characters that pages use for indentation (U+3000 above all).
    static func isSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0B, 0x0C, 0x20, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }
}
