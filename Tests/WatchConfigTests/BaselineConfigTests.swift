import Testing
import WatchConfig
import WatchCore

/// `baseline`, `max_backoff` (defaults and per source) and the top-level `failing_after`.
@Suite struct BaselineConfigTests: ReadsConfigText {
    static let base = """
        defaults:
          max_backoff: 2h
        sources:
          - { id: quiet, name: q, kind: bureau, url: "http://a.example/" }
          - { id: loud, name: l, kind: mirror, url: "http://b.example/", baseline: false, max_backoff: 30m }
        """

    @Test func baselineIsOnByDefaultAndOverridablePerSource() throws {
        let config = try load(Self.base)
        #expect(config.source("quiet")?.baseline == true)
        #expect(config.source("loud")?.baseline == false)
        let off = try load(
            "defaults: { baseline: false }\nsources: [ { id: a, name: a, kind: bureau, url: \"http://a.example/\" } ]")
        #expect(off.source("a")?.baseline == false)
    }

    @Test func maxBackoffDefaultsToAnHourAndFailingAfterToThree() throws {
        let config = try load(Self.base)
        #expect(config.source("quiet")?.maxBackoff == .seconds(7200))
        #expect(config.source("loud")?.maxBackoff == .seconds(1800))
        #expect(config.failingAfter == 3)
        let plain = try load("sources: [ { id: a, name: a, kind: bureau, url: \"http://a.example/\" } ]")
        #expect(plain.source("a")?.maxBackoff == .seconds(3600))
        #expect(try load("failing_after: 5\n" + Self.base).failingAfter == 5)
    }

    @Test func outOfRangeValuesNameTheirLine() {
        #expect(throws: ConfigError.self) { try load("failing_after: 0\n" + Self.base) }
        #expect(throws: ConfigError.self) {
            try load(
                "defaults: { max_backoff: 5s }\nsources: [ { id: a, name: a, kind: bureau, url: \"http://a.example/\" } ]"
            )
        }
        #expect(throws: ConfigError.self) {
            try load(
                "defaults: { baseline: sometimes }\nsources: [ { id: a, name: a, kind: bureau, url: \"http://a.example/\" } ]"
            )
        }
    }
}
