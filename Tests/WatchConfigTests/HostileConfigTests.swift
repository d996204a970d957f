import Foundation
import Testing
import WatchConfig
import WatchTesting

/// Thousands of seeded mutants of a realistic sources.yaml through `ConfigLoader.load(path:)`,
/// the call every command makes: each is valid, or a `ConfigError` naming file:line:column
/// (which the commands print and end with exit 2). Never a crash, another error, or a hang.
@Suite struct HostileConfigTests {
    /// `BUREAUWATCH_CONFIG_MUTANTS` changes the count (e.g. 100000 for a long run).
    static let mutants = ProcessInfo.processInfo.environment["BUREAUWATCH_CONFIG_MUTANTS"].flatMap(Int.init) ?? 3_000
    /// One case may take this long; a slower one counts as a hang. Generous for a loaded machine:
    /// a normal parse takes about a millisecond.
    static let perCaseLimit = 5.0

    @Test func everyMutantIsValidOrALocatedError() throws {
        #expect(
            MutantVerdict.judge(Array(ConfigMutator.sampleConfig.utf8), limit: Self.perCaseLimit) == .valid,
            "the unmutated sample must be valid")
        var mutator = ConfigMutator(base: ConfigMutator.sampleConfig, seed: 0x5EED_C0F1)
        let cases = (0..<Self.mutants).map { _ in mutator.mutant() }
        let run = MutantRun(cases.map(\.bytes))
        let outcome = run.judgeAll(limit: Self.perCaseLimit)
        var failures = outcome.verdicts.enumerated().compactMap { index, verdict -> String? in
            guard case .unlocated(let message) = verdict else { return nil }
            return "mutant \(index) \(cases[index].mutations): \(message)"
        }
        if let hung = outcome.hung {
            failures.append("mutant \(hung) \(cases[hung].mutations): no answer within \(Self.perCaseLimit) s")
        }
        let located = outcome.verdicts.count { $0 == .located }
        let valid = outcome.verdicts.count { $0 == .valid }
        print(
            "hostile config: \(Self.mutants) mutants, \(located) located errors, \(valid) valid, "
                + "\(Self.mutants - located - valid) other")
        #expect(failures.isEmpty, "\(failures.prefix(10).joined(separator: "\n"))")
        #expect(located + valid == Self.mutants)
        #expect(located > Self.mutants / 2, "the mutations hardly break anything")
    }

    @Test func anAliasBombIsRefusedQuickly() throws {
        let bomb = "sources: " + ConfigMutator.billionLaughs(levels: 12) + "\n"
        #expect(MutantVerdict.judge(Array(bomb.utf8), limit: Self.perCaseLimit) == .located)
    }
}

/// What `ConfigLoader` made of one mutant.
enum MutantVerdict: Hashable {
    case valid
    case located
    case unlocated(String)
    case hung

    /// Judges one document on a worker thread, waiting at most `limit` seconds.
    static func judge(_ bytes: [UInt8], limit: Double) -> MutantVerdict {
        let outcome = MutantRun([bytes]).judgeAll(limit: limit)
        return outcome.hung == nil ? outcome.verdicts.first ?? .hung : .hung
    }

    /// Writes `bytes` to a file and loads it on the calling thread.
    static func judge(inline bytes: [UInt8]) throws -> MutantVerdict {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bw-mutant-\(UUID().uuidString).yaml")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return verdict(loading: file.path)
    }

    static func verdict(loading path: String) -> MutantVerdict {
        do {
            _ = try ConfigLoader(environment: [:]).load(path: path)
            return .valid
        } catch let error as ConfigError {
            guard error.file == path, error.line >= 1, error.column >= 1,
                error.description.hasPrefix("\(path):\(error.line):\(error.column): ")
            else {
                return .unlocated("\(error)")
            }
            return .located
        } catch {
            return .unlocated("not a ConfigError: \(error)")
        }
    }
}

/// The places the loader gives for errors that arrive without a YAML mark.
@Suite struct UnmarkedErrorPlaceTests {
    func error(loading bytes: [UInt8]) throws -> ConfigError {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bw-place-\(UUID().uuidString).yaml")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        do {
            _ = try ConfigLoader(environment: [:]).load(path: file.path)
        } catch let error as ConfigError {
            return error
        }
        throw ConfigError(file: "", line: 0, column: 0, message: "loaded without an error")
    }

    @Test func invalidUTF8IsPlacedAtItsFirstBadByte() throws {
        let error = try error(loading: Array("sources:\n  - id: 邮政".utf8) + [0xC3, 0x28] + Array("\n".utf8))
        #expect(error.line == 2 && error.column == 11, "\(error)")
        #expect(error.message.contains("not UTF-8"))
    }

    @Test func aControlCharacterIsPlacedWhereItStands() throws {
        let error = try error(loading: Array("state_dir: st\nwatch_dir: w".utf8) + [0] + Array("x\n".utf8))
        #expect(error.line == 2 && error.column == 13, "\(error)")
    }

    @Test func anAliasBombUsedAsAKeyIsRefusedAtTheAliasNotHashed() throws {
        let bomb = ConfigMutator.billionLaughs(levels: 9)
        let error = try error(loading: Array("x: \(bomb)\nsources: {*l8: 1, *l7: 2}\n".utf8))
        #expect(error.message.contains("alias"), "\(error)")
        #expect(error.line >= 1)
    }
}
