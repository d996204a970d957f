import Testing
@testable import WatchExtract

/// The stop-gap charset guess used until `PageDecoder` lands.
@Suite struct ArticleCharsetTests {
    static let gbkNotice: [UInt8] = [0xCD, 0xA8, 0xD6, 0xAA] // 通知 in GBK

    @Test func metaDeclarationsNameTheCharsetAndGBKReadsAsGB18030() {
        let page = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\"></head>".utf8) + Self.gbkNotice
        #expect(InterimCharset.encoding(of: page) == "GB18030")
    }

    @Test func aScriptCharsetIsNotThePagesCharset() {
        let page = Array("<script src=\"x.js\" charset=\"gb2312\"></script><p>".utf8) + Array("通知".utf8)
        #expect(InterimCharset.encoding(of: page) == "UTF-8")
    }

    @Test func undeclaredInvalidUTF8IsGB18030() {
        #expect(InterimCharset.encoding(of: Array("<p>".utf8) + Self.gbkNotice) == "GB18030")
    }

    @Test func invalidGB18030BytesAreReplacedNotPassedOn() {
        let broken: [UInt8] = [0x41, 0x8B, 0x2D, 0xCD, 0xA8, 0xFF]
        #expect(InterimCharset.repairingGB18030(broken) == [0x41, 0x3F, 0x2D, 0xCD, 0xA8, 0x3F])
        #expect(InterimCharset.repairingGB18030(Self.gbkNotice) == Self.gbkNotice)
    }
}
