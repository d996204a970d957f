import Foundation
import Testing
import WatchTesting

#if canImport(Glibc)
    import Glibc
#endif

/// Seeded mutants of a realistic sources.yaml through the real `bureauwatch check`: exit 0 and
/// "ok", or exit 2 and `error: FILE:LINE:COLUMN: …`; never a crash, another status or a hang.
/// (WatchConfigTests.HostileConfigTests runs thousands through the same loader in-process.)
@Suite struct HostileConfigBinaryTests {
    /// `BUREAUWATCH_CONFIG_BINARY_MUTANTS` changes the count.
    static let mutants =
        ProcessInfo.processInfo.environment["BUREAUWATCH_CONFIG_BINARY_MUTANTS"].flatMap(Int.init) ?? 200
    /// A check takes a few tens of milliseconds; one that runs this long is hung.
    static let perRunLimit = 20.0

    @Test func checkEndsEveryMutantWithExitZeroOrALocatedExitTwo() throws {
        let folder = try TemporaryFolder()
        let file = folder.url.appendingPathComponent("sources.yaml").path
        let output = folder.url.appendingPathComponent("check.out").path
        var mutator = ConfigMutator(base: ConfigMutator.sampleConfig, seed: 0xB1_7A_11)
        var valid = 0
        var refused = 0
        var failures: [String] = []
        for index in 0..<Self.mutants where failures.count < 5 {
            let (bytes, mutations) = mutator.mutant()
            try Data(bytes).write(to: URL(fileURLWithPath: file))
            let check = try BackgroundProcess(
                CommandTreeTests.binary.path, ["check", "--config", file],
                environment: ["PATH": "/usr/bin:/bin"], output: output)
            guard let status = check.wait(timeout: Self.perRunLimit) else {
                check.signal(SIGKILL)
                failures.append("mutant \(index) \(mutations): still running after \(Self.perRunLimit) s")
                continue
            }
            let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? "(not UTF-8)"
            switch status {
            case 0 where text.contains(": ok"): valid += 1
            case 2 where Self.isLocated(text, file: file): refused += 1
            default: failures.append("mutant \(index) \(mutations): exit \(status): \(text.prefix(300))")
            }
        }
        print("hostile config through the binary: \(Self.mutants) mutants, \(refused) exit 2 located, \(valid) exit 0")
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        #expect(valid + refused == Self.mutants)
    }

    /// `error: FILE:LINE:COLUMN: message` with positive line and column.
    static func isLocated(_ text: String, file: String) -> Bool {
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("error: \(file):") }) else {
            return false
        }
        let place = line.dropFirst("error: \(file):".count).split(separator: ":", maxSplits: 2)
        guard place.count == 3, let row = Int(place[0]), let column = Int(place[1]) else { return false }
        return row >= 1 && column >= 1 && place[2].hasPrefix(" ") && place[2].count > 1
    }
}
