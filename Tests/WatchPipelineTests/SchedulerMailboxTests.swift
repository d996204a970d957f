import Testing

@testable import WatchPipeline

/// The scheduler's mailbox: what its tasks leave comes out all at once, in order, and a waiting
/// loop wakes for the first event or for its own cancellation.
@Suite struct SchedulerMailboxTests {
    @Test func eventsLeftBeforeATakeComeOutTogetherInOrder() async {
        let mailbox = SchedulerMailbox<Int>()
        for event in 1...5 { mailbox.post(event) }
        #expect(await mailbox.take() == [1, 2, 3, 4, 5])
        #expect(mailbox.drain().isEmpty, "taken twice")
        mailbox.post(6)
        #expect(mailbox.drain() == [6])
    }

    @Test func aTakeWaitsForTheFirstEventPosted() async {
        let mailbox = SchedulerMailbox<Int>()
        let taker = Task { await mailbox.take() }
        while !mailbox.hasWaiter { await Task.yield() }
        mailbox.post(7)
        #expect(await taker.value == [7])
        #expect(mailbox.drain().isEmpty)
    }

    @Test func aCancelledTakeReturnsAtOnceAndLosesNothingPostedLater() async {
        let mailbox = SchedulerMailbox<Int>()
        let taker = Task { await mailbox.take() }
        while !mailbox.hasWaiter { await Task.yield() }
        taker.cancel()
        #expect(await taker.value.isEmpty)
        mailbox.post(8)
        #expect(mailbox.drain() == [8])
    }

    @Test func aTakeByACancelledTaskDoesNotWait() async {
        let mailbox = SchedulerMailbox<Int>()
        let taker = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return await mailbox.take()
        }
        #expect(await taker.value.isEmpty)
        #expect(!mailbox.hasWaiter)
    }
}
