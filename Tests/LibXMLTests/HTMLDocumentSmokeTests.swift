import LibXML
import Testing

@Suite struct HTMLDocumentSmokeTests {
    /// `<title>国家邮政局</title>` etc. encoded in GBK by hand (the bytes iconv produces).
    static let gbkPage: [UInt8] = {
        var bytes = Array(
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\"><title>".utf8)
        bytes += [0xB9, 0xFA, 0xBC, 0xD2, 0xD3, 0xCA, 0xD5, 0xFE, 0xBE, 0xD6] // 国家邮政局
        bytes += Array("</title></head><body><p>".utf8)
        bytes += [0xCD, 0xA8, 0xD6, 0xAA] // 通知
        bytes += Array("</p></body></html>".utf8)
        return bytes
    }()

    @Test func parsesGBKBytesAndFindsTheTitleByXPath() throws {
        let document = try HTMLDocument(bytes: Self.gbkPage, encoding: "GB18030")
        let titles = try document.select("//title")
        #expect(titles.count == 1)
        #expect(titles.first?.text == "国家邮政局")
        #expect(try document.select("//body/p").first?.text == "通知")
    }

    @Test func findsTheCharsetFromTheMetaTagWhenNoneIsGiven() throws {
        let document = try HTMLDocument(bytes: Self.gbkPage)
        #expect(try document.select("//title").first?.text == "国家邮政局")
    }

    @Test func anInvalidXPathIsASwiftError() throws {
        let document = try HTMLDocument(html: "<p>x</p>")
        #expect(throws: XMLError.invalidXPath("//p[")) { try document.select("//p[") }
    }

    @Test func nodesKeepTheirDocumentAlive() throws {
        let node: HTMLNode? = try {
            let document = try HTMLDocument(html: "<div id='a'><a href='/x'>link</a></div>")
            return try document.select("//a").first
        }()
        #expect(node?.attribute("href") == "/x")
        #expect(node?.parent?.attribute("id") == "a")
    }
}
