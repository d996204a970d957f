import Foundation
import Synchronization
import Testing
import WatchCore

/// A long sleep is slept in short steps, so a cancelled one leaves no timer behind for long.
@Suite struct SteppedSleepTests {
    /// A clock whose sleeps end at once, recording how long each was asked to be.
    final class RecordingClock: Clock, Sendable {
        struct Instant: InstantProtocol {
            var offset: Duration
            func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
            func duration(to other: Instant) -> Duration { other.offset - offset }
            static func < (left: Instant, right: Instant) -> Bool { left.offset < right.offset }
        }

        let asked = Mutex<[Duration]>([])
        var now: Instant { Instant(offset: .zero) }
        var minimumResolution: Duration { .zero }
        func sleep(until deadline: Instant, tolerance: Duration?) async throws {
            try Task.checkCancellation()
            asked.withLock { $0.append(deadline.offset) }
        }
    }

    @Test func theWholeDurationIsSleptToDeadlinesOneStepApart() async throws {
        let clock = RecordingClock()
        try await clock.sleep(for: .milliseconds(3_500), inStepsOf: .seconds(1))
        let steps = clock.asked.withLock { $0 }
        // Deadlines from the start: a late wake-up does not push the later steps back.
        #expect(steps == [.seconds(1), .seconds(2), .seconds(3), .milliseconds(3_500)])
    }

    @Test func aCancelledSleepStopsWithCancellation() async throws {
        let sleeper = Task {
            try await ContinuousClock().sleep(for: .seconds(3_600), inStepsOf: .milliseconds(20))
        }
        sleeper.cancel()
        await #expect(throws: CancellationError.self) { try await sleeper.value }
    }
}
