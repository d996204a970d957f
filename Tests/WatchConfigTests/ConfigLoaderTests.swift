import Testing
import WatchConfig
import WatchCore

@Suite struct ConfigLoaderTests {
    static let valid = """
        state_dir: state
        watch_dir: out/watch
        defaults:
          interval: 30m
          jitter: 10%
          timeout: 20s
          user_agent: "bureauwatch/0.1"
          per_host: { concurrency: 1, delay: 2s }
          robots: true
        sources:
          - id: spb-news
            name: 国家邮政局 · 行业动态
            kind: bureau
            url: https://www.spb.gov.cn/gjyzj/c100015/c100016/common_list.shtml
            interval: 10m
            encoding: auto
            pages: 2
            selectors:
              item: "ul li"
              body: "div.detail-news"
          - id: mirror-a
            name: 某镜像
            kind: mirror
            url: http://mirror.example/list.html
            encoding: gb18030
            per_host: { delay: 5s }
        notify:
          - id: ops
            url: https://hooks.example.com/bureau
            format: dingtalk
            secret: ${WEBHOOK_SECRET}
            events: [article.new, article.updated]
            match: { sources: ["spb-*"], keywords: ["通知", "公告"] }
        """

    func load(_ text: String, env: [String: String] = ["WEBHOOK_SECRET": "s3cret"]) throws -> Config {
        try ConfigLoader(environment: env).parse(text, file: "/etc/bw/sources.yaml")
    }

    func failure(_ text: String, env: [String: String] = [:]) -> ConfigError? {
        do {
            _ = try load(text, env: env)
            return nil
        } catch {
            return error as? ConfigError
        }
    }

    @Test func readsTheDesignExampleWithDefaultsApplied() throws {
        let config = try load(Self.valid)
        #expect(config.stateDir == "/etc/bw/state")
        #expect(config.watchDir == "/etc/bw/out/watch")
        #expect(config.sources.count == 2)
        let spb = try #require(config.source("spb-news"))
        #expect(spb.interval == .seconds(600))
        #expect(spb.jitter == 0.1)
        #expect(spb.encoding == nil)
        #expect(spb.pages == 2)
        #expect(spb.selectors.item == "ul li")
        #expect(spb.perHost == PerHostPolicy(concurrency: 1, delay: .seconds(2)))
        let mirror = try #require(config.source("mirror-a"))
        #expect(mirror.kind == .mirror)
        #expect(mirror.interval == .seconds(1800))
        #expect(mirror.encoding == "gb18030")
        #expect(mirror.perHost == PerHostPolicy(concurrency: 1, delay: .seconds(5)))
        let hook = try #require(config.notify.first)
        // Kept as written until the webhook is used.
        #expect(hook.secret == "${WEBHOOK_SECRET}")
        #expect(try hook.resolved(in: ["WEBHOOK_SECRET": "s3cret"]).secret == "s3cret")
        #expect(config.unsetVariables.isEmpty)
        #expect(hook.effectiveRate == DeliveryRate(count: 20, period: .seconds(60)))
        #expect(hook.timeout == .seconds(10))
        #expect(hook.format == .dingtalk)
        #expect(hook.events == [.articleNew, .articleUpdated])
        #expect(hook.match.sources == ["spb-*"])
    }

    @Test func anUnknownKeyIsNamedWithItsPosition() {
        let text = Self.valid.replacingOccurrences(of: "    interval: 10m", with: "    intervall: 10m")
        let error = failure(text, env: ["WEBHOOK_SECRET": "x"])
        #expect(error?.line == 15)
        #expect(error?.column == 5)
        #expect(error?.message.contains("unknown key 'intervall'") == true)
        #expect(error?.description.hasPrefix("/etc/bw/sources.yaml:15:5: ") == true)
    }

    @Test func aWebhooksUnsetVariableIsAnErrorOnlyForCheckAndTheWebhooksUse() throws {
        let config = try load(Self.valid, env: [:])
        let error = try #require(config.unsetVariables.first)
        #expect(config.unsetVariables.count == 1)
        #expect(error.message.contains("${WEBHOOK_SECRET}"))
        #expect(error.line == 31 && error.column > 0, "\(error)")
        #expect(throws: UnsetVariable(name: "WEBHOOK_SECRET")) { try config.notify[0].resolved(in: [:]) }
    }

    @Test func aWebhooksRateAndTimeoutAreRead() throws {
        let text = Self.valid.replacingOccurrences(
            of: "    format: dingtalk\n", with: "    format: dingtalk\n    rate: 2/s\n    timeout: 3s\n")
        let hook = try #require(try load(text).notify.first)
        #expect(hook.rate == DeliveryRate(count: 2, period: .seconds(1)))
        #expect(hook.timeout == .seconds(3))
        let bad = failure(
            Self.valid.replacingOccurrences(
                of: "    format: dingtalk\n", with: "    format: dingtalk\n    rate: fast\n"),
            env: ["WEBHOOK_SECRET": "x"])
        #expect(bad?.message.contains("'rate' must be messages per s, min or h") == true, "\(String(describing: bad))")
    }

    @Test func badValuesSayWhatWasExpected() {
        let cases: [(String, String, String)] = [
            ("interval: 10m", "interval: soon", "must be a duration"),
            ("kind: bureau", "kind: agency", "'kind' must be bureau or mirror"),
            ("pages: 2", "pages: -1", "'pages' in sources[0] must be a whole number from 1 to 50"),
            ("id: spb-news", "id: SPB News", "may use only a-z"),
            ("url: https://www.spb.gov.cn", "url: file:///etc", "absolute http or https URL"),
            ("jitter: 10%", "jitter: 80%", "percentage from 0% to 50%"),
            ("format: dingtalk", "format: telegram", "'format' must be one of"),
        ]
        for (good, bad, expected) in cases {
            let error = failure(Self.valid.replacingOccurrences(of: good, with: bad), env: ["WEBHOOK_SECRET": "x"])
            #expect(error?.message.contains(expected) == true, "\(bad): \(String(describing: error))")
            #expect((error?.line ?? 0) > 0, "\(bad) has no position")
        }
    }

    @Test func duplicateIdsAndYAMLSyntaxErrorsAreLocated() {
        let duplicate = Self.valid.replacingOccurrences(of: "id: mirror-a", with: "id: spb-news")
        #expect(failure(duplicate, env: ["WEBHOOK_SECRET": "x"])?.message.contains("used twice") == true)
        let broken = failure("sources:\n  - id: [unclosed\n")
        #expect(broken?.message.hasPrefix("YAML syntax") == true)
        #expect(broken?.line == 3)
    }

    @Test func aMissingSourcesListIsAnError() {
        #expect(failure("state_dir: s\n")?.message.contains("'sources'") == true)
        #expect(failure("")?.message.contains("empty") == true)
    }
}
