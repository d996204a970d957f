/// A valid gzip stream of zeros that expands about 160-fold (13 bits per 258 bytes): built directly as one fixed-Huffman
/// deflate block of repeated 258-byte back-references, so a stream that decodes to gigabytes costs
/// no compression work. The repeated part is byte-aligned, which lets it be copied, not encoded.
public enum GzipBomb {
    /// Bytes one back-reference expands to: deflate's longest match.
    static let matchLength = 258
    /// Eight 13-bit back-references fill exactly 13 bytes.
    static let matchesPerPeriod = 8

    /// The gzip stream for at least `decodedBytes` zeros, and the exact count it decodes to.
    public static func stream(decodedAtLeast decodedBytes: Int) -> (bytes: [UInt8], decodedCount: Int) {
        let perPeriod = matchLength * matchesPerPeriod
        let periods = max((decodedBytes - 1 - matchLength + perPeriod - 1) / perPeriod, 0)
        let decoded = 1 + matchLength * (1 + matchesPerPeriod * periods)
        var bytes: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF] // gzip, deflate, no name, unknown OS
        bytes.reserveCapacity(bytes.count + 3 + 13 * periods + 9)
        bytes += prefix()
        let period = Self.period()
        for _ in 0..<periods { bytes += period }
        bytes.append(0) // end-of-block is seven zero bits; the padding is zero too
        let crc = ZeroCRC32.checksum(ofZeros: decoded)
        let size = UInt32(truncatingIfNeeded: decoded)
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: crc >> UInt32(shift))) }
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: size >> UInt32(shift))) }
        return (bytes, decoded)
    }

    /// Block header (final, fixed Huffman), the literal zero, and one back-reference: 24 bits.
    static func prefix() -> [UInt8] {
        var writer = DeflateBitWriter()
        writer.bits(1, count: 1) // BFINAL
        writer.bits(1, count: 2) // BTYPE 01: fixed Huffman
        writer.code(0x30, length: 8) // literal 0
        writer.backReference()
        return writer.bytes
    }

    /// Eight back-references, starting on a byte boundary: 13 bytes.
    static func period() -> [UInt8] {
        var writer = DeflateBitWriter()
        for _ in 0..<matchesPerPeriod { writer.backReference() }
        return writer.bytes
    }
}

/// Packs deflate's bit stream: values least significant bit first, Huffman codes most first.
struct DeflateBitWriter {
    private(set) var bytes: [UInt8] = []
    private var used = 8

    mutating func bits(_ value: UInt32, count: Int) {
        for index in 0..<count { push(((value >> UInt32(index)) & 1) == 1) }
    }

    mutating func code(_ value: UInt32, length: Int) {
        for index in stride(from: length - 1, through: 0, by: -1) { push(((value >> UInt32(index)) & 1) == 1) }
    }

    /// Length 258 (code 285, eight bits 11000101), distance 1 (code 0, five bits).
    mutating func backReference() {
        code(0xC5, length: 8)
        code(0, length: 5)
    }

    private mutating func push(_ bit: Bool) {
        if used == 8 {
            bytes.append(0)
            used = 0
        }
        if bit { bytes[bytes.count - 1] |= UInt8(1) << UInt8(used) }
        used += 1
    }
}

/// CRC-32 of a run of zero bytes in logarithmic time, by squaring the "one zero bit" operator
/// over GF(2) (the method behind zlib's crc32_combine).
enum ZeroCRC32 {
    static let polynomial: UInt32 = 0xEDB8_8320

    static func checksum(ofZeros count: Int) -> UInt32 {
        var operatorMatrix = oneZeroByte()
        var state: UInt32 = 0xFFFF_FFFF
        var remaining = count
        while remaining > 0 {
            if remaining & 1 == 1 { state = times(operatorMatrix, state) }
            operatorMatrix = square(operatorMatrix)
            remaining >>= 1
        }
        return ~state
    }

    static func oneZeroByte() -> [UInt32] {
        var bit = [polynomial] + (0..<31).map { UInt32(1) << UInt32($0) }
        for _ in 0..<3 { bit = square(bit) } // 1 → 2 → 4 → 8 bits
        return bit
    }

    static func times(_ matrix: [UInt32], _ vector: UInt32) -> UInt32 {
        var sum: UInt32 = 0
        var rest = vector
        var index = 0
        while rest != 0 {
            if rest & 1 == 1 { sum ^= matrix[index] }
            rest >>= 1
            index += 1
        }
        return sum
    }

    static func square(_ matrix: [UInt32]) -> [UInt32] {
        matrix.map { times(matrix, $0) }
    }
}
