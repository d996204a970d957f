/// Code point ranges of Han (CJK ideograph) characters.
enum HanCharacter {
    /// Whether `value` is a CJK unified ideograph (basic block, extensions A to H) or a
    /// compatibility ideograph.
    static func isHan(_ value: UInt32) -> Bool {
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x323AF, 0x2F800...0x2FA1F:
            true
        default:
            false
        }
    }
}
