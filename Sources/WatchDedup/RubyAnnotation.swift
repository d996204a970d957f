/// Drops ruby/pinyin annotations that some mirrors print after each character, such as
/// `局長(zhǎng)` or `會（huì）議`, and keeps every other parenthesis: `(江西省邮政管理局)`, `(2024)`,
/// `人工智能(AI)`, and English words in parentheses after Latin text.
enum RubyAnnotation {
    /// Longest parenthesis inside (in scalars) looked at: four syllables of six letters, separators.
    static let maximumLength = 28

    /// An annotation follows a Han character directly, so that parentheses in Latin text stay.
    static func canPrecedeAnnotation(_ scalar: Unicode.Scalar) -> Bool {
        HanCharacter.isHan(scalar.value)
    }

    static func isOpening(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x28 || scalar.value == 0xFF08
    }

    static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x29 || scalar.value == 0xFF09
    }

    /// When `scalars[opening]` opens a pinyin annotation, the index of its closing parenthesis.
    static func annotationEnd(in scalars: [Unicode.Scalar], opening: Int) -> Int? {
        let limit = min(scalars.count, opening + 1 + maximumLength + 1)
        var index = opening + 1
        while index < limit {
            if isClosing(scalars[index]) {
                guard index > opening + 1 else { return nil }
                return PinyinSyllable.isAnnotation(scalars[(opening + 1)..<index]) ? index : nil
            }
            if isOpening(scalars[index]) { return nil }
            index += 1
        }
        return nil
    }
}
