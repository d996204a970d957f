/// SHA-256 hex through Foundation-free libcrypto, for comparing payloads with Python's.
enum Digest256 {
    static func hex(_ bytes: [UInt8]) -> String {
        (try? LibCryptoBridge.sha256Hex(bytes)) ?? ""
    }
}
