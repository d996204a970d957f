import Foundation
import Testing
import WatchCore

@testable import WatchDedup

@Suite struct FingerprinterTests {
    /// SimHash by its definition: bit i set when more than half of the 3-gram hashes have it.
    static func referenceSimHash(_ text: String) -> UInt64 {
        let scalars = text.unicodeScalars.map { UInt64($0.value) }
        let shingles =
            scalars.count < 3
            ? (scalars.isEmpty ? [] : [scalars])
            : (0...(scalars.count - 3)).map {
                Array(scalars[$0..<($0 + 3)])
            }
        let hashes = shingles.map { Fingerprinter.shingleHash($0.reduce(0) { ($0 << 21) | $1 }) }
        var result: UInt64 = 0
        for bit in 0..<64 where 2 * hashes.filter({ $0 >> UInt64(bit) & 1 == 1 }).count > hashes.count {
            result |= 1 << UInt64(bit)
        }
        return result
    }

    @Test(arguments: ["", "邮", "邮政", "邮政管理局", "近日河源市邮政管理局召开2023年第三季度联席会议abc"])
    func simhashFollowsItsDefinition(text: String) {
        #expect(Fingerprinter.simhash(of: text) == Self.referenceSimHash(text))
    }

    @Test func fingerprintHashesTheComparableText() throws {
        let text = NormalizedText(display: "abc。", comparable: "abc", numbers: [])
        let fingerprint = try Fingerprinter.fingerprint(text)
        // SHA-256("abc"), the FIPS 180-2 test vector.
        #expect(fingerprint.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(fingerprint.simhash == Fingerprinter.simhash(of: "abc"))
    }

    @Test func oneChangedCharacterMovesTheSimHashLittle() throws {
        let normalizer = try Normalizer()
        let original = try Fixture.text("004-bureau-simplified.txt")
        let garbled = original.replacingOccurrences(of: "忻州召开", with: "忻州召幵")
        #expect(garbled != original)
        let distance = try
            (Fingerprinter.fingerprint(normalizer.normalize(original)).simhash
            ^ Fingerprinter.fingerprint(normalizer.normalize(garbled)).simhash).nonzeroBitCount
        #expect(distance <= 3)
    }
}
