import Foundation
import Testing

/// The sources.yaml shipped in the repository is the one users start from: it must pass
/// `check`, and hold the bureau channels and mirrors the README promises.
@Suite struct RepositorySourcesTests {
    static let file = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("sources.yaml")

    @Test func shippedSourcesPassCheckWithBureausAndMirrors() async throws {
        let run = try await BinaryRun.bureauwatch(["check", "--config", Self.file.path])
        #expect(run.status == 0, "\(run.stderr)")
        let counts = try #require(run.stdout.firstMatch(of: /(\d+) sources \((\d+) bureau, (\d+) mirror\)/))
        #expect(Int(counts.2)! >= 10)
        #expect(Int(counts.3)! >= 1)
    }
}
