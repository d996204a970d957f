import Testing

@testable import WatchDedup

@Suite struct PinyinSyllableTests {
    @Test(arguments: ["zhǎng", "huì", "xí", "guó", "lǜ", "nüe", "de", "er", "yuán", "chuang2", "shi4"])
    func acceptsSyllables(text: String) {
        #expect(PinyinSyllable.isAnnotation(ArraySlice(text.unicodeScalars)))
    }

    @Test(arguments: ["AI", "express", "2024", "Zhang", "zhangg", "x", "3zhang", "hello world"])
    func rejectsOtherWords(text: String) {
        #expect(!PinyinSyllable.isAnnotation(ArraySlice(text.unicodeScalars)))
    }

    @Test func acceptsUpToFourSyllables() {
        #expect(PinyinSyllable.isAnnotation(ArraySlice("fā zhǎn gǎi gé".unicodeScalars)))
        #expect(!PinyinSyllable.isAnnotation(ArraySlice("fā zhǎn gǎi gé wěi".unicodeScalars)))
    }

    @Test func acceptsDecomposedToneMarks() {
        #expect(PinyinSyllable.isAnnotation(ArraySlice("zha\u{30C}ng".unicodeScalars)))
    }
}
