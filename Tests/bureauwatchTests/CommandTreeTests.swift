import Foundation
import Testing

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
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["--help"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        for command in ["run", "fetch", "check", "extract", "sources", "articles", "notify"] {
            #expect(output.contains("\n  \(command) "), "missing subcommand \(command)")
        }
    }
}
