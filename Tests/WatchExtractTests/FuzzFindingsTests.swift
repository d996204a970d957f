import ExtractFuzzHarness
import Foundation
import Testing

/// Replays every input kept in `Fixtures/fuzz-findings` (crashes the fuzzer found, and hostile
/// pages kept beside them) through the fuzz harness: each must come back, not crash.
@Suite struct FuzzFindingsTests {
    static func findings() throws -> [URL] {
        let folder = try #require(
            Bundle.module.url(forResource: "fuzz-findings", withExtension: nil, subdirectory: "Fixtures"))
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test func everyKeptFindingReplaysWithoutACrash() throws {
        let files = try Self.findings()
        #expect(!files.isEmpty)
        for file in files {
            ExtractFuzzHarness.exercise(Array(try Data(contentsOf: file)))
        }
    }

    /// The harness really runs the extractors: a seed list page yields its links.
    @Test func theHarnessExtractsFromARealPage() throws {
        let url = try #require(
            Bundle.module.url(
                forResource: "list-bureau-common_list", withExtension: "html",
                subdirectory: "Fixtures"))
        #expect(ExtractFuzzHarness.exercise(Array(try Data(contentsOf: url))) > 0)
    }
}
