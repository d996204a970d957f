import LibXML
import Testing
import WatchTesting

@testable import WatchExtract

/// Bytes that are not what they claim never crash decoding, and never cost the text after them.
@Suite struct CharsetRepairTests {
    let decoder = PageDecoder()

    func paragraphs(_ bytes: [UInt8], contentType: String? = nil, override: String? = nil) throws -> [String] {
        try decoder.document(from: bytes, contentType: contentType, override: override, url: nil)
            .select("//p").map(\.text)
    }

    @Test func aUTF8PageCutInsideACharacterKeepsEverythingBeforeIt() throws {
        var bytes = Array("<p>国家邮政局</p><p>通知".utf8)
        bytes += [0xE9, 0x80] // the first two bytes of 通 (E9 80 9A)
        let texts = try paragraphs(bytes, contentType: "text/html; charset=utf-8")
        #expect(texts == ["国家邮政局", "通知\u{FFFD}"])
    }

    @Test func loneContinuationBytesBecomeReplacementCharacters() throws {
        let bytes = Array("<p>快递".utf8) + [0x80, 0xBF] + Array("市场</p><p>管理</p>".utf8)
        #expect(try paragraphs(bytes, override: "utf-8") == ["快递\u{FFFD}\u{FFFD}市场", "管理"])
    }

    /// In text, libxml2 2.9 passes a bad byte through (Swift's decoding then shows it as U+FFFD),
    /// but in an attribute value it writes the byte as the Latin-1 character of its value: a
    /// meta title would read `…邮政é\u{80}的通知`, a link `/通知ÿ.html`. `ByteRepair.utf8` replaces
    /// the bytes before libxml2 sees them.
    @Test func aBadByteInAnAttributeIsAReplacementCharacterNotLatin1() throws {
        let bytes =
            Array(#"<meta name="ArticleTitle" content="关于开展邮政"#.utf8) + [0xE9, 0x80]
            + Array(#"的通知"><a href="/通知"#.utf8) + [0xFF] + Array(#".html">通知</a>"#.utf8)
        let document = try decoder.document(from: bytes, contentType: nil, override: "utf-8", url: nil)
        let title = try #require(try document.select("//meta").first?.attribute("content"))
        let href = try #require(try document.select("//a").first?.attribute("href"))
        #expect(title.contains("\u{FFFD}") && title.replacingOccurrences(of: "\u{FFFD}", with: "") == "关于开展邮政的通知")
        #expect(href == "/通知\u{FFFD}.html")
    }

    /// A UTF-16 surrogate (ED A0 80) or a code past U+10FFFF (F4 90 80 80) is no character:
    /// libxml2 drops such a sequence from the text without a trace; repaired, it shows as U+FFFD.
    @Test func aSequenceOfNoCharacterShowsWhereItWasInsteadOfVanishing() throws {
        for sequence: [UInt8] in [[0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]] {
            let bytes = Array("<p>快递".utf8) + sequence + Array("市场</p>".utf8)
            let text = try #require(try paragraphs(bytes, override: "utf-8").first)
            #expect(text.hasPrefix("快递\u{FFFD}") && text.replacingOccurrences(of: "\u{FFFD}", with: "") == "快递市场")
        }
    }

    @Test func anInvalidGB18030ByteDoesNotCostTheRestOfThePage() throws {
        // 0x81 followed by '<' is no GB18030 sequence; libxml2 alone would stop converting there.
        let bytes =
            Array("<p>".utf8) + [0xCD, 0xA8, 0xD6, 0xAA, 0x81] + Array("</p><p>".utf8)
            + [0xB9, 0xFA, 0xBC, 0xD2] + Array("</p>".utf8)
        #expect(try paragraphs(bytes, override: "gbk") == ["通知\u{FFFD}", "国家"])
    }

    @Test func withoutRepairLibxml2DropsTheRestOfThePage() throws {
        // Why ByteRepair exists: libxml2 2.9 stops at the first sequence iconv rejects.
        let bytes =
            Array("<p>".utf8) + [0xCD, 0xA8, 0xD6, 0xAA, 0x81] + Array("</p><p>".utf8)
            + [0xB9, 0xFA, 0xBC, 0xD2] + Array("</p>".utf8)
        let raw = try HTMLDocument(bytes: bytes, encoding: "GB18030")
        #expect(try raw.select("//p").map(\.text).contains("国家") == false)
    }

    @Test func gb18030RepairKeepsValidFourByteSequences() {
        let emoji: [UInt8] = [0x95, 0x32, 0x82, 0x36] // U+1F600 in GB18030
        let unassigned: [UInt8] = [0x85, 0x30, 0x81, 0x30]
        #expect(ByteRepair.gb18030(emoji) == emoji)
        #expect(
            ByteRepair.gb18030(unassigned) == ByteRepair.gb18030Replacement + [0x30] + ByteRepair.gb18030Replacement + [
                0x30
            ])
    }

    @Test func utf8ScanCountsWhatItSees() {
        let scan = UTF8Scan(Array("通知".utf8) + [0xC0, 0xAF] + [0xE9, 0x80])
        #expect(scan.multibyteSequences == 2)
        #expect(scan.invalidBytes == 2) // overlong C0 AF: both bytes start nothing valid
        #expect(scan.truncatedTail)
    }

    @Test func aFewStrayBytesDoNotOutvoteAUTF8Page() {
        let text = Array(String(repeating: "邮政快递业高质量发展", count: 30).utf8)
        #expect(UTF8Scan(text + [0xFF] + text).isPlausibleUTF8)
        #expect(!UTF8Scan(CharsetDecisionTests.gbkSentence).isPlausibleUTF8)
    }

    @Test func emptyInputIsAnErrorNotACrash() {
        #expect(throws: XMLError.self) { try decoder.document(from: [], contentType: nil, override: nil, url: nil) }
    }

    /// Random bytes behind `<p>` in each charset: every page either decodes to a document (that
    /// still holds its paragraph where `<p>` is ASCII) or fails with the decoder's own `XMLError`,
    /// never another error, never a crash.
    @Test func randomBytesInEveryCharsetDecodeOrFailCleanly() throws {
        var generator = SplitMix64(state: 0x5EED)
        for charset in ["utf-8", "gbk", "big5", "windows-1252", "utf-16le"] {
            var decoded = 0
            for _ in 0..<20 {
                let bytes = (0..<300).map { _ in UInt8.random(in: 0...255, using: &generator) }
                do {
                    let document = try decoder.document(
                        from: Array("<p>".utf8) + bytes, contentType: nil,
                        override: charset, url: nil)
                    // In the ASCII-compatible charsets the leading `<p>` survives any bytes after it.
                    if charset != "utf-16le" {
                        #expect(try !document.select("//p").isEmpty, "\(charset): the paragraph was lost")
                    }
                    decoded += 1
                } catch {
                    #expect(error is XMLError, "\(charset): \(error)")
                }
            }
            #expect(decoded > 0, "\(charset): no random page decoded at all")
        }
    }
}
