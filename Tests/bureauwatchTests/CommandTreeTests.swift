import Foundation
import Testing
import WatchTesting

/// Runs the built `bureauwatch` binary, as a user would.
@Suite struct CommandTreeTests {
    static var binary: URL {
        // Tests run from the build folder that also holds the executable.
        Bundle.allBundles.lazy.map { $0.bundleURL.deletingLastPathComponent() }
            .map { $0.appendingPathComponent("bureauwatch") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
            ?? URL(fileURLWithPath: ".build/debug/bureauwatch")
    }

    @Test func helpListsEverySubcommandOfTheDesign() throws {
        // ChildProcess, not Foundation's Process, which closed other tests' sockets under them.
        let run = try ChildProcess.run(Self.binary.path, ["--help"])
        let output = run.output
        #expect(run.status == 0)
        for command in ["run", "fetch", "check", "extract", "sources", "articles", "notify"] {
            #expect(output.contains("\n  \(command) "), "missing subcommand \(command)")
        }
    }
}
