/// What a pass over some bytes found about them as UTF-8.
struct UTF8Scan: Equatable {
    /// Well-formed sequences of two to four bytes (text beyond ASCII).
    var multibyteSequences = 0
    /// Bytes that start no well-formed sequence (lone continuation bytes, bad leads, …).
    var invalidBytes = 0
    /// The input ends inside a sequence that was well-formed so far: a cut-off download.
    var truncatedTail = false

    /// Scans `bytes` against the well-formed UTF-8 table (Unicode, table 3-7).
    init(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { scan($0) }
    }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < bytes.count {
            index = UTF8Scan.asciiEnd(bytes, from: index)
            guard index < bytes.count else { return }
            switch UTF8Scan.sequence(in: bytes, at: index) {
            case .valid(let length):
                multibyteSequences += 1
                index += length
            case .truncated:
                truncatedTail = true
                index = bytes.count
            case .invalid:
                invalidBytes += 1
                index += 1
            }
        }
    }

    /// Whether these bytes read as UTF-8: no invalid byte, or so few against the text that a
    /// stray byte or two in an otherwise UTF-8 page cannot outvote it.
    var isPlausibleUTF8: Bool {
        invalidBytes == 0 || invalidBytes * UTF8Scan.invalidTolerance <= multibyteSequences
    }

    /// Whether a page that declares UTF-8 is mostly UTF-8: a pasted run in another charset in an
    /// otherwise UTF-8 page does not outvote its declaration. A GBK bureau notice read as UTF-8 has
    /// about one valid sequence per five invalid bytes: fifty times below this ratio.
    var isMostlyUTF8: Bool {
        multibyteSequences >= invalidBytes * UTF8Scan.declaredMajority
    }

    /// Well-formed multibyte sequences per invalid byte for a declared UTF-8 to stand.
    static let declaredMajority = 10

    /// One invalid byte is tolerated per this many well-formed multibyte sequences. GBK text
    /// read as UTF-8 fails on most of its characters, so real mislabelling is far above it.
    static let invalidTolerance = 100

    enum Sequence: Equatable {
        case valid(Int)
        case truncated, invalid
    }

    /// Classifies the sequence starting at `index` (a byte ≥ 0x80).
    static func sequence(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Sequence {
        let lead = bytes[index]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            secondRange = 0xA0...0xBF
        case 0xED:
            length = 3
            secondRange = 0x80...0x9F
        case 0xE1...0xEF: length = 3
        case 0xF0:
            length = 4
            secondRange = 0x90...0xBF
        case 0xF4:
            length = 4
            secondRange = 0x80...0x8F
        case 0xF1...0xF3: length = 4
        default: return .invalid
        }
        for offset in 1..<length {
            guard index + offset < bytes.count else { return .truncated }
            let range = offset == 1 ? secondRange : 0x80...0xBF
            if !range.contains(bytes[index + offset]) { return .invalid }
        }
        return .valid(length)
    }

    /// The index of the first byte ≥ 0x80 at or after `start` (or the end). Pages are mostly
    /// ASCII markup, so eight bytes are tested at a time: this scan runs over every page twice.
    static func asciiEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var index = start
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            if word & highBits != 0 { break }
            index += 8
        }
        while index < bytes.count && bytes[index] < 0x80 { index += 1 }
        return index
    }
}
