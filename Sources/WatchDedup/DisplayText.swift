/// The display form of a text: paragraphs trimmed, empty ones dropped, one blank line between
/// paragraphs, ruby/pinyin annotations removed. One pass over the scalars, no per-character strings.
enum DisplayText {
    static func tidy(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var pendingSpace: [Unicode.Scalar] = []  // inside a line, kept only if content follows
        var lineHasContent = false
        var needsParagraphBreak = false
        var previous: Unicode.Scalar?  // the last scalar written on this line
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if isNewline(scalar) {
                pendingSpace.removeAll(keepingCapacity: true)
                needsParagraphBreak = needsParagraphBreak || lineHasContent
                lineHasContent = false
                previous = nil
            } else if isSpace(scalar) {
                if lineHasContent { pendingSpace.append(scalar) }
            } else if RubyAnnotation.isOpening(scalar), pendingSpace.isEmpty,
                      let previous, RubyAnnotation.canPrecedeAnnotation(previous),
                      let end = RubyAnnotation.annotationEnd(in: scalars, opening: index - 1) {
                index = end + 1
            } else {
                if needsParagraphBreak, !out.isEmpty { out.append(contentsOf: "\n\n".unicodeScalars) }
                needsParagraphBreak = false
                out.append(contentsOf: pendingSpace)
                pendingSpace.removeAll(keepingCapacity: true)
                out.append(scalar)
                lineHasContent = true
                previous = scalar
            }
        }
        return String(out)
    }

    static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// Spaces and invisible characters that pages use for indentation (U+3000 above all).
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0B, 0x0C, 0x20, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }
}
