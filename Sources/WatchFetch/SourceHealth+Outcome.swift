import Foundation
import WatchCore

extension SourceHealth {
    /// The health after a poll whose list-page fetch came to `outcome`: a fetched or unchanged
    /// page is a success; a failure is recorded, and a Retry-After the fetch could not sit out
    /// becomes the earliest next attempt. A cancelled fetch (shutdown) changes nothing.
    public func recording(_ outcome: FetchOutcome, at now: Date, interval: Duration) -> SourceHealth {
        switch outcome {
        case .fetched, .notModified:
            return recordingSuccess(at: now, interval: interval)
        case .failed(let error, _) where error.kind == .cancelled:
            return self
        case .failed(let error, let retryAfter):
            let notBefore = retryAfter.map { now.addingTimeInterval(Double($0.components.seconds)) }
            return recordingFailure(error, at: now, interval: interval, notBefore: notBefore)
        }
    }
}
