import Foundation
import WatchTesting

/// Runs Python scripts with the real readers the tests check outputs with (feedparser, warcio,
/// PyYAML). `make pydeps` installs them; a test never installs packages, it fails naming the
/// command instead.
enum PythonTool {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The modules the scripts import.
    private static let modules = ["feedparser", "warcio", "yaml"]

    /// Checked once per test process; the result is shared by every test.
    private static let available: Result<Void, Failure> = probe()

    /// Runs `script` with `arguments`; returns its standard output, or throws with its stderr.
    static func run(_ script: String, arguments: [String] = []) throws -> String {
        try available.get()
        let result = try ChildProcess.run("python3", ["-c", script] + arguments)
        guard result.status == 0 else {
            throw Failure(description: "python exited \(result.status): \(result.errors)")
        }
        return result.output
    }

    private static func probe() -> Result<Void, Failure> {
        let imports = "import " + modules.joined(separator: ", ")
        if let result = try? ChildProcess.run("python3", ["-c", imports]), result.status == 0 { return .success(()) }
        return .failure(
            Failure(description: "Python readers missing (\(modules.joined(separator: ", "))): run `make pydeps`"))
    }
}
