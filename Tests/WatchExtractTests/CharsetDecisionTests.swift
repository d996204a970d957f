import LibXML
import Testing

@testable import WatchExtract

@Suite struct CharsetDecisionTests {
    let decoder = PageDecoder()
    /// 国家邮政局关于快递市场管理的通知 in GBK, repeated so uchardet has enough to go on.
    static let gbkSentence: [UInt8] = [
        0xB9, 0xFA, 0xBC, 0xD2, 0xD3, 0xCA, 0xD5, 0xFE, 0xBE, 0xD6, 0xB9, 0xD8, 0xD3, 0xDA,
        0xBF, 0xEC, 0xB5, 0xDD, 0xCA, 0xD0, 0xB3, 0xA1, 0xB9, 0xDC, 0xC0, 0xED, 0xB5, 0xC4, 0xCD, 0xA8, 0xD6, 0xAA,
    ]
    static let utf8Sentence = Array("国家邮政局关于快递市场管理的通知".utf8)

    static func page(_ body: [UInt8], head: String = "") -> [UInt8] {
        Array("<html><head>\(head)<title>t</title></head><body><p>".utf8) + body + Array("</p></body></html>".utf8)
    }

    @Test(arguments: ["gb2312", "GBK", "x-gbk", "gb_2312-80", "cp936", "GB18030", " \"gbk\" ", "EUC-CN", "windows-936"])
    func theGBFamilyDecodesAsGB18030(label: String) {
        #expect(Charset.canonicalName(label) == "GB18030")
    }

    @Test func canonicalNamesAreOnesLibxml2Accepts() {
        for name in ["UTF-8", "GB18030", "BIG5", "WINDOWS-1252", "UTF-16LE", "UTF-16BE"] {
            #expect(HTMLDocument.supportsEncoding(name), "\(name)")
        }
        #expect(!HTMLDocument.supportsEncoding("X-NOT-A-CHARSET"))
    }

    @Test func contentTypeCharsetIsReadWithQuotesAndOtherParameters() {
        #expect(Charset.fromContentType("text/html; charset=GBK") == "GB18030")
        #expect(Charset.fromContentType("text/html;Charset=\"utf-8\"; foo=bar") == "UTF-8")
        #expect(Charset.fromContentType("text/html") == nil)
    }

    @Test func theOverrideWinsEvenOverAContentTypeThatFitsTheBytes() {
        let decision = decoder.charsetDecision(
            of: Self.page(Self.gbkSentence), contentType: "text/html; charset=gbk",
            override: "big5")
        #expect(decision == CharsetDecision(name: "BIG5", source: .override))
        #expect(decoder.charset(of: Self.page(Self.gbkSentence), contentType: nil, override: "auto") == "GB18030")
    }

    @Test func contentTypeComesBeforeTheMetaTag() {
        let bytes = Self.page(Self.gbkSentence, head: "<meta charset=\"big5\">")
        let decision = decoder.charsetDecision(of: bytes, contentType: "text/html; charset=gb2312", override: nil)
        #expect(decision == CharsetDecision(name: "GB18030", source: .contentType))
    }

    @Test func theMetaTagIsReadInBothForms() {
        let http = Self.page(
            Self.gbkSentence, head: "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">")
        let short = Self.page(Self.gbkSentence, head: "<META CHARSET=GBK>")
        #expect(
            decoder.charsetDecision(of: http, contentType: "text/html", override: nil)
                == .init(name: "GB18030", source: .meta))
        #expect(
            decoder.charsetDecision(of: short, contentType: nil, override: nil) == .init(name: "GB18030", source: .meta)
        )
    }

    @Test func aByteOrderMarkIsUsedAndDropped() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Self.page(Self.utf8Sentence, head: "<meta charset=\"gbk\">")
        #expect(
            decoder.charsetDecision(of: bytes, contentType: nil, override: nil)
                == .init(name: "UTF-8", source: .byteOrderMark))
        let document = try decoder.document(from: bytes, contentType: nil, override: nil, url: nil)
        #expect(try document.select("//p").first?.text == "国家邮政局关于快递市场管理的通知")
    }

    @Test func aDeclaredUTF8ThatTheBytesContradictGivesWayToDetection() throws {
        let bytes = Self.page(
            Array(repeating: Self.gbkSentence, count: 3).flatMap { $0 }, head: "<meta charset=\"utf-8\">")
        let decision = decoder.charsetDecision(of: bytes, contentType: "text/html; charset=UTF-8", override: nil)
        #expect(decision == CharsetDecision(name: "GB18030", source: .detection))
        let document = try decoder.document(
            from: bytes, contentType: "text/html; charset=UTF-8", override: nil, url: nil)
        #expect(try document.select("//p").first?.text.hasPrefix("国家邮政局关于快递市场管理的通知") == true)
    }

    @Test func aDeclaredLegacyCharsetGivesWayToCleanUTF8() {
        let bytes = Self.page(Self.utf8Sentence, head: "<meta charset=\"gb2312\">")
        #expect(
            decoder.charsetDecision(of: bytes, contentType: nil, override: nil) == .init(name: "UTF-8", source: .meta))
    }

    @Test func aMetaTagClaimingUTF16MeansUTF8() {
        let bytes = Self.page(Self.utf8Sentence, head: "<meta charset=\"utf-16\">")
        #expect(
            decoder.charsetDecision(of: bytes, contentType: nil, override: nil) == .init(name: "UTF-8", source: .meta))
    }

    @Test func anUnknownDeclaredCharsetIsSkipped() {
        let bytes = Self.page(Self.utf8Sentence, head: "<meta charset=\"x-klingon\">")
        #expect(
            decoder.charsetDecision(of: bytes, contentType: "text/html; charset=nonsense", override: "bogus")
                == .init(name: "UTF-8", source: .utf8Validation))
    }

    @Test func undeclaredGBKIsDetected() {
        let bytes = Self.page(Array(repeating: Self.gbkSentence, count: 3).flatMap { $0 })
        #expect(
            decoder.charsetDecision(of: bytes, contentType: nil, override: nil)
                == .init(name: "GB18030", source: .detection))
    }

    @Test func pureASCIIFallsBackToUTF8() {
        let decision = decoder.charsetDecision(of: Array("<p>hello</p>".utf8), contentType: nil, override: nil)
        #expect(decision.name == "UTF-8")
    }

    @Test func big5BytesDecodeWhenDeclared() throws {
        let big5: [UInt8] = [0xB6, 0x6C, 0xAC, 0x46, 0xBA, 0xDE, 0xB2, 0x7A, 0xA7, 0xBD] // 郵政管理局
        let document = try decoder.document(
            from: Self.page(big5, head: "<meta charset=\"big5\">"),
            contentType: nil, override: nil, url: nil)
        #expect(try document.select("//p").first?.text == "郵政管理局")
    }
}
