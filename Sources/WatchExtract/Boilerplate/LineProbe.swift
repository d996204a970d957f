/// A line with what every boilerplate pattern asks of it measured once: its UTF-8, its length
/// in Unicode scalars, and which byte pairs it holds. The pairs let a pattern rule out most of
/// its keywords without searching: a keyword can only occur where all of its pairs do. Lines
/// longer than every pattern allows never reach a keyword, so their pairs are not taken.
struct LineProbe {
    let text: String
    /// `text` with traditional label characters folded (`ScriptFold`): what patterns match.
    let folded: String
    /// The UTF-8 of `folded` (the same length as `text`'s: the fold maps 3 bytes to 3 bytes).
    let utf8: [UInt8]
    /// The length in Unicode scalars (UTF-8 bytes that are not continuation bytes).
    let length: Int
    /// The byte pairs of `utf8`, hashed into `BytePairs.bitCount` bits; `nil` for a line
    /// longer than `BoilerplatePatterns.longest`.
    let pairs: BytePairs?

    init(_ text: String) {
        self.text = text
        folded = ScriptFold.folded(text)
        utf8 = Array(folded.utf8)
        var length = 0
        for byte in utf8 where byte & 0xC0 != 0x80 { length += 1 }
        self.length = length
        pairs = length <= BoilerplatePatterns.longest ? BytePairs(utf8) : nil
    }
}
