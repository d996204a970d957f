import Testing

@testable import WatchExtract

/// The byte-level measures the main-content scores rest on, against counts made by hand.
@Suite struct TextMeasureTests {
    @Test func punctuationCountsChineseAndWesternMarksOnly() {
        #expect(TextMeasure.punctuationCount("会议强调，要坚持稳中求进；全面推进。") == 3)
        #expect(TextMeasure.punctuationCount("一、二、三！真的？") == 4)
        #expect(TextMeasure.punctuationCount("Yes, it works. Really?") == 3)
        // Brackets, quotes and colons share lead bytes with the marks but are not sentence marks.
        #expect(TextMeasure.punctuationCount("（江西省邮政管理局）“通知”：") == 0)
        #expect(TextMeasure.punctuationCount("") == 0)
    }

    @Test func foldedTextCountsContentBytesAndFoldsEverySpaceKind() {
        var folded = FoldedText()
        #expect(folded.append("\u{3000}\u{3000}邮政\u{00A0}局\u{200B}") == 9)
        #expect(folded.append(" \t\n") == 0)
        #expect(folded.append("ab\u{FEFF}c  ") == 3)
        #expect(folded.string == "邮政 局 ab c")
        folded.removeAll()
        #expect(folded.isEmpty)
        #expect(TextMeasure.collapsingSpaces("  one \n\n two\u{3000}") == "one two")
    }

    @Test func prefixIsComparedByteForByte() {
        #expect(TextMeasure.hasPrefix("原文链接：http://x", "原文链接"))
        #expect(!TextMeasure.hasPrefix("原文", "原文链接"))
        #expect(!TextMeasure.hasPrefix("相关", "原文"))
    }
}

extension TextMeasureTests {
    @Test func foldedPrefixIgnoresASCIICaseOnly() {
        #expect(TextMeasure.hasPrefixFoldingASCII("Related Posts:", "related posts"))
        #expect(TextMeasure.hasPrefixFoldingASCII("相关新闻 >>", "相关新闻"))
        #expect(!TextMeasure.hasPrefixFoldingASCII("Relate", "related"))
        #expect(!TextMeasure.hasPrefixFoldingASCII("Unrelated", "related"))
    }

    @Test func proseNeedsLengthAndASentenceMark() {
        let sentence = "全省邮政行业业务收入完成一百亿元。"
        #expect(BoilerplateFilter.isProse(Array(sentence.utf8), length: sentence.unicodeScalars.count))
        let list = "首页 新闻中心 通知公告 政务公开 办事服务"
        #expect(!BoilerplateFilter.isProse(Array(list.utf8), length: list.unicodeScalars.count))
        #expect(!BoilerplateFilter.isProse(Array("好的。".utf8), length: 3))
        let english = "Is this the whole article, really?"
        #expect(BoilerplateFilter.isProse(Array(english.utf8), length: english.unicodeScalars.count))
    }
}
