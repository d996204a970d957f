import LibCrypto

/// The test target's one door to libcrypto.
enum LibCryptoBridge {
    static func sha256Hex(_ bytes: [UInt8]) throws -> String { Digest.hex(try Digest.sha256(bytes)) }
    static func hmacSHA256(key: [UInt8], message: [UInt8]) throws -> [UInt8] {
        try Digest.hmacSHA256(key: key, message: message)
    }
}
