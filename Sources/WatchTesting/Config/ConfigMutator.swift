/// Seeded random damage to a sources.yaml, for the hostile-config tests: the kinds of mistakes
/// an operator's editor, a merge or an attacker leave behind. Each `mutant` applies one to three
/// mutations to the bytes of `base`; the same seed gives the same mutants.
public struct ConfigMutator {
    /// One kind of damage.
    public enum Mutation: CaseIterable, Sendable {
        case flipByte, deleteBytes, duplicateLine, deleteLine, reindent, swapType, unknownKey, badDuration
        case unsetVariable, hugeNumber, alias, billionLaughs, deepNesting, nulByte, invalidUTF8, tab
        case truncate, punctuation, controlCharacter, longValue, duplicateKey, documentMarker
    }

    public let base: [UInt8]
    private var generator: SplitMix64

    public init(base: String, seed: UInt64) {
        self.base = Array(base.utf8)
        generator = SplitMix64(state: seed)
    }

    /// The next mutant and the mutations that made it.
    public mutating func mutant() -> (bytes: [UInt8], mutations: [Mutation]) {
        var bytes = base
        let count = 1 + Int(generator.next() % 3)
        var applied: [Mutation] = []
        for _ in 0..<count {
            let mutation = Mutation.allCases[pick(Mutation.allCases.count)]
            apply(mutation, to: &bytes)
            applied.append(mutation)
        }
        return (bytes, applied)
    }

    private mutating func pick(_ bound: Int) -> Int { bound <= 0 ? 0 : Int(generator.next() % UInt64(bound)) }

    private mutating func choose<T>(_ options: [T]) -> T { options[pick(options.count)] }

    private mutating func apply(_ mutation: Mutation, to bytes: inout [UInt8]) {
        switch mutation {
        case .flipByte:
            guard !bytes.isEmpty else { return }
            bytes[pick(bytes.count)] ^= UInt8(1) << UInt8(pick(8))
        case .deleteBytes:
            let start = pick(bytes.count)
            bytes.removeSubrange(start..<min(bytes.count, start + 1 + pick(20)))
        case .duplicateLine: editLines(&bytes) { lines, index in lines.insert(lines[index], at: index) }
        case .deleteLine: editLines(&bytes) { lines, index in lines.remove(at: index) }
        case .reindent:
            let shift = choose([-4, -2, -1, 1, 2, 3])
            editLines(&bytes) { lines, index in
                if shift > 0 {
                    lines[index] = Array(repeating: 32, count: shift) + lines[index]
                } else {
                    lines[index].removeFirst(min(-shift, Self.indent(of: lines[index])))
                }
            }
        case .swapType:
            replaceValue(
                &bytes,
                with: choose([
                    "[1, 2]", "{a: 1}", "~", "true", "3.5", "\"\"", "-1", "0x10", "[]", "{}", "!!binary aGk=",
                    "|\n  block",
                ]))
        case .unknownKey:
            editLines(&bytes) { lines, index in
                lines.insert(
                    Array(repeating: 32, count: Self.indent(of: lines[index])) + Array("colour: blue".utf8), at: index)
            }
        case .badDuration:
            replaceValue(
                &bytes,
                with: choose([
                    "10", "-5m", "10 minutes", "1e9d", "0s", "ms", "99999999999999999999h", "5m5s", "NaN", "inf",
                    "1.5.2m", "٣m",
                ]))
        case .unsetVariable: replaceValue(&bytes, with: "${BUREAUWATCH_UNSET_\(pick(1000))}")
        case .hugeNumber:
            replaceValue(
                &bytes,
                with: choose([
                    String(repeating: "9", count: 40), "1e308", "-9223372036854775809", "18446744073709551616",
                    "0b" + String(repeating: "1", count: 70),
                ]))
        case .alias: replaceValue(&bytes, with: choose(["*nowhere", "&a x", "*a", "&a [*a]", "!!str &a x", "<<: *a"]))
        case .billionLaughs: replaceValue(&bytes, with: Self.billionLaughs(levels: 8 + pick(6)))
        case .deepNesting:
            let depth = choose([100, 999, 1_000, 10_000])
            replaceValue(
                &bytes,
                with: choose([
                    String(repeating: "[", count: depth), String(repeating: "{a: ", count: depth),
                    String(repeating: "[", count: depth) + String(repeating: "]", count: depth),
                ]))
        case .nulByte: bytes.insert(0, at: pick(bytes.count + 1))
        case .invalidUTF8:
            bytes.insert(
                contentsOf: choose([
                    [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC0, 0xAF],
                ]),
                at: pick(bytes.count + 1))
        case .tab: editLines(&bytes) { lines, index in lines[index] = [9] + lines[index].drop { $0 == 32 } }
        case .truncate: bytes.removeSubrange(pick(bytes.count + 1)..<bytes.count)
        case .punctuation: bytes.insert(choose(Array(":-[]{}&*!|>'\"%@`#,?".utf8)), at: pick(bytes.count + 1))
        case .controlCharacter: bytes.insert(choose([1, 7, 8, 0x1B, 0x7F, 0x85]), at: pick(bytes.count + 1))
        case .longValue: replaceValue(&bytes, with: String(repeating: "长", count: 2_000))
        case .duplicateKey:
            editLines(&bytes) { lines, index in lines.insert(lines[index], at: index + 1) }
        case .documentMarker:
            let marker = Array(choose(["---", "...", "%YAML 1.1", "%TAG ! tag:x,2000:"]).utf8)
            editLines(&bytes) { lines, index in lines.insert(marker, at: index) }
        }
    }

    /// An alias bomb written inline: each level lists the previous one nine times.
    public static func billionLaughs(levels: Int) -> String {
        var text = "&l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"
        for level in 1..<levels {
            let previous = Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ")
            text = "[\(text), &l\(level) [\(previous)]]"
        }
        return "[\(text), *l\(levels - 1)]"
    }

    static func indent(of line: [UInt8]) -> Int { line.prefix { $0 == 32 }.count }

    /// Calls `edit` with the lines and a random line index (there is always one).
    private mutating func editLines(_ bytes: inout [UInt8], _ edit: (inout [[UInt8]], Int) -> Void) {
        var lines = bytes.split(separator: 10, omittingEmptySubsequences: false).map(Array.init)
        edit(&lines, pick(lines.count))
        bytes = Array(lines.joined(separator: [10]))
    }

    /// Replaces the value after the `: ` of a random line that has one (or appends to a line).
    private mutating func replaceValue(_ bytes: inout [UInt8], with value: String) {
        editLines(&bytes) { lines, index in
            let line = lines[index]
            let colon = line.indices.first { line[$0] == 58 && $0 + 1 < line.count && line[$0 + 1] == 32 }
            lines[index] = (colon.map { Array(line[...($0 + 1)]) } ?? line) + Array(value.utf8)
        }
    }
}
