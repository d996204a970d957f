/// The numbers of every indexed text, by slot, packed into one byte array: `8,18,19,11`.
/// About as many bytes per text as its numbers have characters, against ~200 for a `[String]`.
struct NumberTable: Sendable {
    private static let separator = UInt8(ascii: ",")
    private var bytes: [UInt8] = []
    private var starts: [UInt32] = [0] // slot i spans starts[i]..<starts[i + 1]

    mutating func append(_ numbers: [String]) {
        for (position, number) in numbers.enumerated() {
            if position > 0 { bytes.append(Self.separator) }
            bytes.append(contentsOf: number.utf8)
        }
        starts.append(UInt32(bytes.count))
    }

    /// Makes room for `slots` texts in all (their numbers' bytes grow as needed), doubling.
    mutating func reserveCapacity(slots: Int) {
        starts.reserveGrowing(slots + 1)
    }

    /// The numbers of `slot`, each a slice of the packed bytes.
    func numbers(at slot: NearDuplicateIndex.Slot) -> [ArraySlice<UInt8>] {
        let span = bytes[Int(starts[Int(slot)])..<Int(starts[Int(slot) + 1])]
        guard !span.isEmpty else { return [] }
        return span.split(separator: Self.separator, omittingEmptySubsequences: false)
    }

    /// `numbers` as slices comparable with `numbers(at:)`.
    static func encode(_ numbers: [String]) -> [ArraySlice<UInt8>] {
        numbers.map { ArraySlice($0.utf8) }
    }
}
