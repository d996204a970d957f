/// Drops ruby/pinyin annotations that some mirrors print after each character, such as
/// `局長(zhǎng)` or `會（huì）議`, and keeps every other parenthesis: `(江西省邮政管理局)`, `(2024)`,
/// `人工智能(AI)`, and English words in parentheses after Latin text.
enum RubyAnnotation {
    /// Longest parenthesis inside (in scalars) looked at: four syllables of six letters, separators.
    static let maximumLength = 28

    /// An annotation follows a Han character directly, so that parentheses in Latin text stay.
    static func canPrecedeAnnotation(_ value: UInt32) -> Bool {
        HanCharacter.isHan(value)
    }

    static func isOpening(_ value: UInt32) -> Bool { value == 0x28 || value == 0xFF08 }

    static func isClosing(_ value: UInt32) -> Bool { value == 0x29 || value == 0xFF09 }

    /// When the parenthesis opening at byte `opening` starts a pinyin annotation, the byte
    /// offset just after its closing parenthesis.
    static func annotationEnd(in bytes: UnsafeBufferPointer<UInt8>, opening: Int) -> Int? {
        var inside: [Unicode.Scalar] = []
        var index = opening + UTF8Scalars.decode(bytes, at: opening).length
        while index < bytes.count, inside.count <= maximumLength {
            let (value, length) = UTF8Scalars.decode(bytes, at: index)
            index += length
            if isClosing(value) {
                return !inside.isEmpty && PinyinSyllable.isAnnotation(inside[...]) ? index : nil
            }
            guard !isOpening(value), let scalar = Unicode.Scalar(value) else { return nil }
            inside.append(scalar)
        }
        return nil
    }
}
