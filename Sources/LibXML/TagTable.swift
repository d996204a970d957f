import CLibXML2

/// Element names interned as small integers while a snapshot is taken, so extractors can
/// test a node's tag by array index (`HTMLSnapshot.Node.tagID`) rather than by hashing its
/// string on every visit. ID 0 is the empty name of text nodes.
struct TagTable {
    private(set) var names: [String] = [""]
    private var byName: [String: Int] = ["": 0]
    /// libxml2 interns names in its dictionary: each distinct pointer is converted once.
    private var byPointer: [UnsafePointer<xmlChar>: Int] = [:]
    private var recent = PointerCache<Int>()

    /// The ID of the name at `pointer`, converted by `name` the first time it is seen.
    mutating func id(of pointer: UnsafePointer<xmlChar>, name: (UnsafePointer<xmlChar>) -> String) -> Int {
        if let cached = recent[pointer] { return cached }
        if let known = byPointer[pointer] {
            recent[pointer] = known
            return known
        }
        let text = name(pointer)
        let id = byName[text] ?? names.count
        if id == names.count {
            names.append(text)
            byName[text] = id
        }
        byPointer[pointer] = id
        recent[pointer] = id
        return id
    }
}
