import Testing
import WatchCore

@Suite struct HostLanesTests {
    func source(_ id: String, _ url: String, concurrency: Int = 1) -> SourceConfig {
        SourceConfig(
            id: id, name: id, kind: .bureau, url: url,
            perHost: PerHostPolicy(concurrency: concurrency, delay: .zero))
    }

    @Test func eachHostStartsAFewPollsPerSlotAndTheRestFollowInOrder() {
        let bureau = (1...7).map { source("b\($0)", "https://www.spb.gov.cn/list\($0).html", concurrency: 2) }
        let mirror = [source("m1", "http://mirror.example:8080/a"), source("m2", "http://MIRROR.example:8080/b")]
        var lanes = HostLanes(bureau + mirror)
        let started = lanes.start().map(\.id)
        // 2 slots × 2 polls per slot on the bureau's host; 1 × 2 on the mirror's (case and all).
        #expect(started == ["b1", "b2", "b3", "b4", "m1", "m2"])
        #expect(lanes.next(after: "m1") == nil) // the mirror's lane is empty; the bureau's is not touched
        #expect(lanes.next(after: "b3")?.id == "b5")
        #expect(lanes.next(after: "b1")?.id == "b6")
        #expect(lanes.next(after: "b5")?.id == "b7")
        #expect(lanes.next(after: "b2") == nil)
    }

    @Test func portsAreHostsOfTheirOwnAndAURLWithoutAHostHasItsOwnLane() {
        let sources = [
            source("a", "http://127.0.0.1:8001/l"), source("b", "http://127.0.0.1:8001/m"),
            source("c", "http://127.0.0.1:8001/n"), source("d", "http://127.0.0.1:8002/l"),
            source("e", "not a url"),
        ]
        var lanes = HostLanes(sources)
        #expect(lanes.start().map(\.id) == ["a", "b", "d", "e"])
        #expect(lanes.next(after: "d") == nil)
        #expect(lanes.next(after: "e") == nil)
        #expect(lanes.next(after: "a")?.id == "c")
        #expect(lanes.next(after: "unknown") == nil)
    }
}
