import Foundation
import Testing
import WatchCore

@Suite struct PollScheduleTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func jitterMovesTheDueTimeWithinItsBounds() {
        let schedule = PollSchedule()
        let interval = Duration.seconds(600)
        #expect(
            schedule.nextDue(after: start, interval: interval, jitter: 0.1, unit: 0) == start.addingTimeInterval(540))
        #expect(
            schedule.nextDue(after: start, interval: interval, jitter: 0.1, unit: 0.5) == start.addingTimeInterval(600))
        #expect(
            schedule.nextDue(after: start, interval: interval, jitter: 0.1, unit: 0.999_999)
                > start.addingTimeInterval(659.99))
        #expect(
            schedule.nextDue(after: start, interval: interval, jitter: 0, unit: 0.9) == start.addingTimeInterval(600))
    }

    @Test func firstPollsAreSpreadOverAtMostFiveMinutes() {
        let schedule = PollSchedule()
        let dues = (0..<10).map { schedule.firstDue(now: start, interval: .seconds(1800), index: $0, count: 10) }
        #expect(dues.first == start)
        #expect(Set(dues).count == 10)
        #expect(dues.allSatisfy { $0.timeIntervalSince(start) < PollSchedule.maxInitialSpread })
        #expect(
            schedule.firstDue(now: start, interval: .seconds(60), index: 5, count: 10) == start.addingTimeInterval(30))
    }
}
