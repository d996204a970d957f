import Testing
import WatchConfig
import WatchCore

/// Sources alike in timing and politeness share one policy value; changing one source's policy
/// leaves the others as they were.
@Suite struct SourcePolicyPoolTests: ReadsConfigText {
    @Test func equalPoliciesAreSharedAndAChangeStaysWithItsSource() {
        var pool = SourcePolicyPool()
        var first = SourceConfig(id: "a", name: "a", kind: .bureau, url: "https://a.example/")
        var second = SourceConfig(id: "b", name: "b", kind: .bureau, url: "https://b.example/")
        var slow = SourceConfig(id: "c", name: "c", kind: .bureau, url: "https://c.example/", interval: .seconds(7200))
        pool.share(&first)
        pool.share(&second)
        pool.share(&slow)
        #expect(first.sharesPolicy(with: second))
        #expect(!first.sharesPolicy(with: slow))
        second.interval = .seconds(60)
        #expect(first.interval == .seconds(1800) && second.interval == .seconds(60))
        #expect(!first.sharesPolicy(with: second))
    }

    @Test func aLoadedConfigSharesItsSourcesPolicies() throws {
        let text =
            "defaults:\n  interval: 10m\nsources:\n"
            + (1...3).map { "  - { id: s\($0), name: s\($0), kind: bureau, url: 'https://s\($0).example/' }\n" }
            .joined() + "  - { id: t, name: t, kind: bureau, url: 'https://t.example/', timeout: 5s }\n"
        let sources = try load(text).sources
        #expect(sources[0].sharesPolicy(with: sources[1]) && sources[1].sharesPolicy(with: sources[2]))
        #expect(!sources[0].sharesPolicy(with: sources[3]))
        #expect(sources.map(\.interval) == Array(repeating: .seconds(600), count: 4))
        #expect(sources[3].timeout == .seconds(5))
    }
}
