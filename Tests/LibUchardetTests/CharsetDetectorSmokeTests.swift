import LibUchardet
import Testing

@Suite struct CharsetDetectorSmokeTests {
    /// A short GBK page: enough Chinese text for the statistics to settle.
    static let gbkPage: [UInt8] = {
        // 国家邮政局关于进一步加强快递市场管理的通知，各省邮政管理局：
        let sentence: [UInt8] = [
            0xB9, 0xFA, 0xBC, 0xD2, 0xD3, 0xCA, 0xD5, 0xFE, 0xBE, 0xD6, 0xB9, 0xD8, 0xD3, 0xDA,
            0xBD, 0xF8, 0xD2, 0xBB, 0xB2, 0xBD, 0xBC, 0xD3, 0xC7, 0xBF, 0xBF, 0xEC, 0xB5, 0xDD,
            0xCA, 0xD0, 0xB3, 0xA1, 0xB9, 0xDC, 0xC0, 0xED, 0xB5, 0xC4, 0xCD, 0xA8, 0xD6, 0xAA,
            0xA3, 0xAC, 0xB8, 0xF7, 0xCA, 0xA1, 0xD3, 0xCA, 0xD5, 0xFE, 0xB9, 0xDC, 0xC0, 0xED,
            0xBE, 0xD6, 0xA3, 0xBA,
        ]
        return Array("<html><body><p>".utf8) + Array(repeating: sentence, count: 4).flatMap { $0 }
            + Array("</p></body></html>".utf8)
    }()

    @Test func namesAGBKPagesCharset() throws {
        let detector = try CharsetDetector()
        let charset = try detector.detect(Self.gbkPage)
        // uchardet names the GB family by its superset.
        #expect(charset == "GB18030")
    }

    @Test func namesUTF8AndCanBeReused() throws {
        let detector = try CharsetDetector()
        _ = try detector.detect(Self.gbkPage)
        #expect(try detector.detect(Array("国家邮政局关于进一步加强快递市场管理的通知".utf8)) == "UTF-8")
    }
}
