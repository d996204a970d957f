/// A small direct-mapped cache in front of a dictionary keyed by libxml2's interned name
/// pointers: a page uses a few dozen names thousands of times, and an array slot is far
/// cheaper than hashing. A slot holds the last pointer that mapped to it.
struct PointerCache<Value> {
    /// A power of two, well above the distinct names of a typical page.
    static var slotCount: Int { 128 }
    private var keys = [UnsafeRawPointer?](repeating: nil, count: slotCount)
    private var values = [Value?](repeating: nil, count: slotCount)

    subscript(pointer: UnsafeRawPointer) -> Value? {
        get {
            let slot = Self.slot(pointer)
            return keys[slot] == pointer ? values[slot] : nil
        }
        set {
            let slot = Self.slot(pointer)
            keys[slot] = pointer
            values[slot] = newValue
        }
    }

    private static func slot(_ pointer: UnsafeRawPointer) -> Int {
        let bits = UInt(bitPattern: pointer)
        return Int(truncatingIfNeeded: (bits ^ bits >> 7) & UInt(slotCount - 1))
    }
}
