import Foundation
import Synchronization

/// Judges many mutants one after another on one worker thread while the calling thread
/// watches the clock: a case that runs past the limit is reported as hung (its thread is left
/// behind). One thread for all cases keeps thousands of cases cheap on a loaded machine.
final class MutantRun: Sendable {
    struct Outcome {
        let verdicts: [MutantVerdict]
        /// The index of the case that ran past the limit, if one did.
        let hung: Int?
    }

    private struct Progress {
        var verdicts: [MutantVerdict] = []
        var started = ContinuousClock.now
    }

    private let mutants: [[UInt8]]
    private let progress = Mutex(Progress())
    private let finished = DispatchSemaphore(value: 0)

    init(_ mutants: [[UInt8]]) { self.mutants = mutants }

    /// How often the watcher looks at the running case.
    static let watchInterval = 0.25

    func judgeAll(limit: Double) -> Outcome {
        let thread = Thread { [self] in
            for bytes in mutants {
                progress.withLock { $0.started = .now }
                let verdict = (try? MutantVerdict.judge(inline: bytes)) ?? .unlocated("cannot write the mutant")
                progress.withLock { $0.verdicts.append(verdict) }
            }
            finished.signal()
        }
        // The 8 MB every thread of the command gets, so a deep document meets the same limit.
        thread.stackSize = 8 << 20
        thread.start()
        while finished.wait(timeout: .now() + Self.watchInterval) == .timedOut {
            let (done, started) = progress.withLock { ($0.verdicts.count, $0.started) }
            if ContinuousClock.now - started > .milliseconds(Int(limit * 1000)) {
                return Outcome(verdicts: progress.withLock { $0.verdicts }, hung: done)
            }
        }
        return Outcome(verdicts: progress.withLock { $0.verdicts }, hung: nil)
    }
}
