import Foundation
import Synchronization
import WatchPipeline

/// `fetch`'s progress on a terminal: one line rewritten in place, sources done of the total and
/// articles found so far. Silent unless both stdout and stderr are terminals (a pipe, a file, a
/// cron mail) and under systemd (which sets `INVOCATION_ID`), where it would only litter.
final class ProgressLine: Sendable {
    private let total: Int
    private let enabled: Bool
    private let tally = Mutex((done: 0, new: 0, updated: 0))

    init(total: Int, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.total = total
        enabled = isatty(STDOUT_FILENO) == 1 && isatty(STDERR_FILENO) == 1 && environment["INVOCATION_ID"] == nil
    }

    func advance(_ report: PollReport) {
        guard enabled else { return }
        let (done, new, updated) = tally.withLock { value in
            value = (value.done + 1, value.new + report.newArticles, value.updated + report.updatedArticles)
            return value
        }
        let line = "[\(done)/\(total) sources] \(new) new, \(updated) updated — \(report.sourceID)"
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
