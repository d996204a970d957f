import Foundation

/// The `store-torture` executable run as a child process whose stdout is read line by line.
final class TortureProcess {
    struct EndOfOutput: Error, CustomStringConvertible {
        let waitingFor: String
        let seen: [String]
        var description: String { "store-torture ended before \"\(waitingFor)\"; it said: \(seen.suffix(5))" }
    }

    /// Next to the test bundle in the build folder, like the other executables.
    static var binary: URL {
        Bundle.allBundles.lazy.map { $0.bundleURL.deletingLastPathComponent() }
            .map { $0.appendingPathComponent("store-torture") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
            ?? URL(fileURLWithPath: ".build/debug/store-torture")
    }

    /// A child that stops answering is killed after this long, so a broken run fails instead of hanging.
    static let safetyLimitSeconds = 120.0

    let process = Process()
    private let output = Pipe()
    private var buffer = Data()
    private(set) var lines: [String] = []

    init(database: String, pages: Int, holdAt: Int? = nil) throws {
        process.executableURL = Self.binary
        process.arguments = [database, "\(pages)"] + (holdAt.map { ["--hold-at", "\($0)"] } ?? [])
        process.standardOutput = output
        try process.run()
        let pid = process.processIdentifier
        DispatchQueue.global().asyncAfter(deadline: .now() + Self.safetyLimitSeconds) { kill(pid, SIGKILL) }
    }

    /// Reads stdout until a line equal to `line` arrives.
    func waitFor(_ line: String) throws {
        while !lines.contains(line) {
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else { throw EndOfOutput(waitingFor: line, seen: lines) }
            buffer.append(chunk)
            while let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                lines.append(String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self))
                buffer.removeSubrange(buffer.startIndex...newline)
            }
        }
    }

    /// The highest page the child reported committed so far.
    var lastCommitted: Int {
        lines.compactMap { $0.hasPrefix("committed ") ? Int($0.dropFirst("committed ".count)) : nil }.max() ?? 0
    }

    /// SIGKILL: no handler, no cleanup, no flush; the process is gone at once.
    func killHard() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Waits for the child to finish by itself and returns its exit status.
    func finish() throws -> Int32 {
        try waitFor("done")
        process.waitUntilExit()
        return process.terminationStatus
    }
}
