import Foundation
import Synchronization

/// `fetch`'s progress on a terminal: one line rewritten in place. Silent in pipes and under
/// systemd (which sets `INVOCATION_ID`), where it would only litter the log.
final class ProgressLine: Sendable {
    private let total: Int
    private let enabled: Bool
    private let done = Mutex(0)

    init(total: Int, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.total = total
        enabled = isatty(STDERR_FILENO) == 1 && environment["INVOCATION_ID"] == nil
    }

    func advance(_ sourceID: String) {
        guard enabled else { return }
        let count = done.withLock { value in
            value += 1
            return value
        }
        FileHandle.standardError.write(Data("\r\u{1B}[K[\(count)/\(total)] \(sourceID)".utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
