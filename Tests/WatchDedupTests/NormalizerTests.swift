import Testing

@testable import WatchDedup

@Suite struct NormalizerTests {
    let normalizer: Normalizer

    init() throws {
        normalizer = try Normalizer()
    }

    @Test func dropsPinyinAfterHanAndSimplifies() throws {
        #expect(try normalizer.normalize("全省郵政管理局長(zhǎng)座談會(huì)議").display == "全省邮政管理局长座谈会议")
        #expect(try normalizer.normalize("會(huì)議").display == "会议")
    }

    @Test(arguments: [
        ("會（huì）議", "会议"), // full-width parentheses
        ("局長(zhang3)", "局长"), // tone digit
        ("的(de)工作", "的工作"), // neutral tone, no mark
        ("綠(lǜ)色", "绿色"), // ü with a tone
        ("發展(fā zhǎn)", "发展"), // two syllables
    ])
    func dropsAnnotationVariants(input: String, expected: String) throws {
        #expect(try normalizer.normalize(input).display == expected)
    }

    @Test(arguments: [
        "促进快递行业党建工作全面过硬。(江西省邮政管理局)",
        "国家邮政局(2024)第3号",
        "探索人工智能(AI)在邮政快递领域应用",
        "the State Post Bureau (postal regulator) said",
        "快递(express)业务",
    ])
    func keepsOrdinaryParentheses(input: String) throws {
        #expect(try normalizer.normalize(input).display == input)
    }

    @Test func keepsAnUnclosedOrSpacedAnnotation() throws {
        #expect(try normalizer.normalize("局長(zhǎng").display == "局长(zhǎng")
        #expect(try normalizer.normalize("局長 (zhǎng)").display == "局长 (zhǎng)")
    }

    @Test func displayKeepsPunctuationAndParagraphs() throws {
        let text = "　　近日，河源市邮政管理局召开会议。  \r\n\n\n　　会议强调：一是……\n   \n"
        #expect(try normalizer.normalize(text).display == "近日，河源市邮政管理局召开会议。\n\n会议强调：一是……")
        let paragraphs = try normalizer.normalize(paragraphs: ["　　第一段。", "", "第二段。"])
        #expect(paragraphs.display == "第一段。\n\n第二段。")
    }

    @Test func comparableIgnoresWhitespacePunctuationAndWidth() throws {
        let bureau = try normalizer.normalize("　　近日，河源市邮政管理局召开“政企联席会”（第３季度）。")
        let mirror = try normalizer.normalize("近日,河源市邮政管理局召开\"政企联席会\"(第3季度).")
        #expect(bureau.comparable == "近日河源市邮政管理局召开政企联席会第3季度")
        #expect(mirror.comparable == bureau.comparable)
    }

    @Test func foldsCompatibilityFormsThroughNFKC() throws {
        let text = try normalizer.normalize("ＡＢＣ快递①号，面积㎡")
        #expect(text.comparable == "abc快递1号面积m2")
        #expect(text.numbers == ["1", "2"])
    }

    @Test func keepsDigitsAsCanonicalNumbers() throws {
        let text = try normalizer.normalize("２０２４年1-5月，完成1,234.50亿件，增长08.2%；浏览2,238次，第0名。")
        #expect(text.numbers == ["2024", "1", "5", "1234.50", "8.2", "2238", "0"])
        #expect(text.comparable == "2024年1/5月完成1234.50亿件增长8.2浏览2238次第0名")
    }

    @Test func numbersSeparatedOnlyByPunctuationStayApart() throws {
        let range = try normalizer.normalize("1-5月")
        let fifteen = try normalizer.normalize("15月")
        #expect(range.comparable != fifteen.comparable)
        #expect(range.numbers == ["1", "5"])
    }

    @Test func emptyAndBlankTextsNormalizeToNothing() throws {
        for text in ["", "   \n　　\n"] {
            let normalized = try normalizer.normalize(text)
            #expect(normalized.display.isEmpty)
            #expect(normalized.comparable.isEmpty)
            #expect(normalized.numbers.isEmpty)
        }
    }

    @Test func simplifiedTextIsLeftAsWritten() throws {
        let text = "山西省邮政管理局在忻州召开全省邮政管理局长座谈会，进一步学习传达会议精神。"
        #expect(try normalizer.normalize(text).display == text)
    }

    @Test func theCharacterTableKnowsWhichCharactersConvert() throws {
        let table = try ConversionResources.shared.get().table
        #expect(table.converts("郵"))
        #expect(table.converts("會"))
        #expect(!table.converts("邮"))
        #expect(!table.converts("会"))
        #expect(table.count > 2_000)
    }
}

@Suite struct SharedNormalizerTests {
    /// All normalizers share one OpenCC handle; concurrent use must give the same answers.
    @Test func concurrentNormalizationAgrees() async throws {
        let text = try SeedTexts.traditionalMirrorBody()
        let expected = try Normalizer().normalize(text)
        let results = try await withThrowingTaskGroup(of: NormalizedText.self) { group in
            for _ in 0..<8 {
                group.addTask { try Normalizer().normalize(text) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 8)
        #expect(results.allSatisfy { $0 == expected })
    }
}
