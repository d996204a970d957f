import Foundation

/// `fetch`'s progress on a terminal: one line rewritten in place. Silent in pipes and under
/// systemd (which sets `INVOCATION_ID`), where it would only litter the log.
final class ProgressLine: @unchecked Sendable { // the lock guards `done`
    private let total: Int
    private let enabled: Bool
    private let lock = NSLock()
    private var done = 0

    init(total: Int, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.total = total
        enabled = isatty(STDERR_FILENO) == 1 && environment["INVOCATION_ID"] == nil
    }

    func advance(_ sourceID: String) {
        guard enabled else { return }
        let count = lock.withLock { () -> Int in
            done += 1
            return done
        }
        FileHandle.standardError.write(Data("\r\u{1B}[K[\(count)/\(total)] \(sourceID)".utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
