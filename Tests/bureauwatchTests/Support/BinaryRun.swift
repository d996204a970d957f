import Foundation
import WatchTesting

/// Runs the built `bureauwatch` binary to the end and collects what it printed. Uses
/// `ChildProcess` (posix_spawn): Foundation's `Process` closed other tests' sockets under them.
struct BinaryRun {
    let status: Int32
    let stdout: String
    let stderr: String

    /// Runs the built binary; `extraEnvironment` is added to this process's environment.
    static func bureauwatch(_ arguments: [String], extraEnvironment: [String: String] = [:]) async throws -> BinaryRun {
        let environment = ProcessInfo.processInfo.environment.merging(extraEnvironment) { _, extra in extra }
        let outcome = try await ChildProcess.run(CommandTreeTests.binary.path, arguments, environment: environment)
        return BinaryRun(status: outcome.status, stdout: outcome.output, stderr: outcome.errors)
    }
}

/// A fresh folder under the system's temporary folder, removed when the value goes.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("bw-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
