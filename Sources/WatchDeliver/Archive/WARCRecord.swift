import Foundation
import LibCrypto

/// One WARC/1.1 record: named header fields and a block, rendered as the standard says.
struct WARCRecord {
    var type: String
    var date: Date
    var contentType: String
    var block: [UInt8]
    /// Fields after the mandatory ones (WARC-Target-URI, digests, …).
    var extraFields: [(String, String)] = []
    var recordID = "<urn:uuid:\(UUID().uuidString.lowercased())>"

    /// `WARC/1.1`, the fields, a blank line, the block, two CRLFs.
    func rendered() throws -> [UInt8] {
        var head = "WARC/1.1\r\n"
        head += "WARC-Type: \(type)\r\n"
        head += "WARC-Record-ID: \(recordID)\r\n"
        head += "WARC-Date: \(ShanghaiTime.utcTimestamp(date))\r\n"
        for (name, value) in extraFields { head += "\(name): \(value)\r\n" }
        head += "WARC-Block-Digest: \(try Self.digest(block))\r\n"
        head += "Content-Type: \(contentType)\r\n"
        head += "Content-Length: \(block.count)\r\n\r\n"
        return Array(head.utf8) + block + Array("\r\n\r\n".utf8)
    }

    /// `sha1:<BASE32>`, the customary spelling that warcio and pywb check.
    static func digest(_ bytes: [UInt8]) throws -> String {
        "sha1:" + Digest.base32(try Digest.sha1(bytes))
    }
}
