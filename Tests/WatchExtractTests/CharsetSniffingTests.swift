import Testing

@testable import WatchExtract

/// `<meta>` charset declarations as templates really write them, read from raw bytes.
@Suite struct CharsetSniffingTests {
    @Test(arguments: [
        ("<meta content=\"text/html;charset=gbk\" http-equiv=\"Content-Type\">", "GB18030"),
        ("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; CHARSET=GB2312'>", "GB18030"),
        ("<meta charset = 'big5' >", "BIG5"),
        ("<meta\ncharset=utf-8/>", "UTF-8"),
        ("<meta name=\"keywords\" content=\"邮政\"><meta charset=\"x-gbk\">", "GB18030"),
    ])
    func readsTheDeclaration(head: String, charset: String) {
        #expect(PageSniffer.metaCharset(Array("<html><head>\(head)</head>".utf8)) == charset)
    }

    @Test func charsetOutsideAMetaTagIsNoDeclaration() {
        let bytes = Array("<script>var charset = \"big5\";</script><p>charset=gbk</p>".utf8)
        #expect(PageSniffer.metaCharset(bytes) == nil)
    }

    @Test func aDeclarationBeyondTheScanLimitIsNotSeen() {
        let padding = "<!--" + String(repeating: "x", count: PageSniffer.metaScanLimit) + "-->"
        #expect(PageSniffer.metaCharset(Array("\(padding)<meta charset=\"gbk\">".utf8)) == nil)
        #expect(PageSniffer.metaCharset(Array("<meta charset=\"gbk\">\(padding)".utf8)) == "GB18030")
    }

    @Test func aMetaTagCutByTheLimitDoesNotCrash() {
        let padding = String(repeating: " ", count: PageSniffer.metaScanLimit - 12)
        #expect(PageSniffer.metaCharset(Array("\(padding)<meta charset=\"gbk\">".utf8)) == nil)
    }

    @Test func byteOrderMarks() {
        #expect(PageSniffer.byteOrderMark([0xEF, 0xBB, 0xBF, 0x3C])?.charset == "UTF-8")
        #expect(PageSniffer.byteOrderMark([0xFF, 0xFE, 0x3C, 0x00])?.charset == "UTF-16LE")
        #expect(PageSniffer.byteOrderMark([0xFE, 0xFF, 0x00, 0x3C])?.charset == "UTF-16BE")
        #expect(PageSniffer.byteOrderMark([0x84, 0x31, 0x95, 0x33])?.charset == "GB18030")
        #expect(PageSniffer.byteOrderMark(Array("<html>".utf8)) == nil)
    }
}
