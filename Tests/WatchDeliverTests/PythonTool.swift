import Foundation

/// Runs Python scripts with the real readers the tests check outputs with (feedparser, warcio,
/// PyYAML), installing them with pip once when they are missing.
enum PythonTool {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Module import name → PyPI name.
    private static let packages = ["feedparser": "feedparser", "warcio": "warcio", "yaml": "pyyaml"]

    /// Installs once per test process; the result is shared by every test.
    private static let installed: Result<Void, Failure> = install()

    /// Runs `script` with `arguments`; returns its standard output, or throws with its stderr.
    static func run(_ script: String, arguments: [String] = []) throws -> String {
        try installed.get()
        let result = try launch(["python3", "-c", script] + arguments)
        guard result.status == 0 else {
            throw Failure(description: "python exited \(result.status): \(result.stderr)")
        }
        return result.stdout
    }

    private static func install() -> Result<Void, Failure> {
        let imports = "import " + packages.keys.sorted().joined(separator: ", ")
        if let probe = try? launch(["python3", "-c", imports]), probe.status == 0 { return .success(()) }
        let names = packages.values.sorted()
        for extra in [[], ["--user", "--break-system-packages"]] {
            let pip = ["python3", "-m", "pip", "install", "--quiet"] + extra + names
            if let result = try? launch(pip), result.status == 0 { return .success(()) }
        }
        return .failure(Failure(description: "cannot install \(names) with pip; run `make pydeps`"))
    }

    private static func launch(_ command: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("py-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out"), err = folder.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOf: out, encoding: .utf8),
                try String(contentsOf: err, encoding: .utf8))
    }
}
