import Foundation
import WatchTesting

/// Debian's Chromium in headless mode, as the browser tests drive it (`make deps` installs it).
enum Chromium {
    /// Where Debian's package puts it.
    static let path = "/usr/bin/chromium"
    /// A page load that takes longer than this is a failure, not a hang of the test run.
    static let timeoutSeconds = "90"

    static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: path) }

    /// CI must run the browser tests: there a missing Chromium fails them instead of skipping.
    static var isRequired: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// The DOM after the page's load, as Chromium serialises it.
    static func dumpDOM(_ url: String, profile: URL) async throws -> ChildProcess.Outcome {
        try await run(["--dump-dom", url], profile: profile)
    }

    /// A PNG of the page at a desktop window size.
    static func screenshot(_ url: String, to file: URL, profile: URL) async throws -> ChildProcess.Outcome {
        try await run(
            ["--screenshot=\(file.path)", "--window-size=1280,900", "--hide-scrollbars", url], profile: profile)
    }

    /// As root (CI, the dev machines) Chromium runs only without its sandbox; a profile folder of
    /// the test's own keeps parallel runs apart.
    private static func run(_ arguments: [String], profile: URL) async throws -> ChildProcess.Outcome {
        try await ChildProcess.run(
            "timeout",
            [
                timeoutSeconds, path, "--headless=new", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--user-data-dir=\(profile.path)",
            ] + arguments)
    }
}
