import Foundation

/// Runs the built `bureauwatch` binary and collects what it printed.
struct BinaryRun {
    let status: Int32
    let stdout: String
    let stderr: String

    static func bureauwatch(_ arguments: [String], environment: [String: String] = [:]) throws -> BinaryRun {
        let process = Process()
        process.executableURL = CommandTreeTests.binary
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes to the end before waiting, so a chatty child cannot block on a full pipe.
        let errData = AsyncPipeReader(err)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return BinaryRun(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData.finish(), as: UTF8.self))
    }
}

/// Drains a pipe on its own thread.
final class AsyncPipeReader: @unchecked Sendable { // `data` is written once, before `done` signals
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ pipe: Pipe) {
        Thread.detachNewThread { [self] in
            data = pipe.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }
    }

    func finish() -> Data {
        done.wait()
        return data
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
