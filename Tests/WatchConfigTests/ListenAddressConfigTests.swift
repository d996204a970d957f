import Testing
import WatchConfig
import WatchCore

/// `metrics: { listen }`: the web page, /metrics and /healthz leave loopback only with `expose: true`.
@Suite struct ListenAddressConfigTests {
    func load(_ metrics: String) throws -> Config {
        let text = ConfigLoaderTests.valid.replacingOccurrences(
            of: "defaults:\n", with: "metrics: \(metrics)\ndefaults:\n")
        return try ConfigLoader(environment: ["WEBHOOK_SECRET": "x"]).parse(text, file: "/etc/bw/sources.yaml")
    }

    @Test func loopbackAddressesNeedNoSetting() throws {
        for host in ["127.0.0.1", "127.0.0.53", "localhost", "[::1]"] {
            let config = try load(#"{ listen: "\#(host):9464" }"#)
            #expect(config.metrics.host == host && config.metrics.port == 9464 && !config.metrics.expose)
        }
        #expect(try load("off").metrics.enabled == false)
        #expect(
            try ConfigLoader(environment: ["WEBHOOK_SECRET": "x"]).parse(ConfigLoaderTests.valid, file: "/s.yaml")
                .metrics == .standard)
    }

    @Test func anAddressBeyondLoopbackIsRefusedWithoutExpose() throws {
        for host in ["0.0.0.0", "192.0.2.7", "bureauwatch.example"] {
            #expect(throws: ConfigError.self) { try load(#"{ listen: "\#(host):9464" }"#) }
        }
        do {
            _ = try load(#"{ listen: "0.0.0.0:9464" }"#)
        } catch let error as ConfigError {
            #expect(error.message.contains("expose: true"))
            #expect(error.line > 0)
        }
        let exposed = try load(#"{ listen: "0.0.0.0:9464", expose: true }"#)
        #expect(exposed.metrics.host == "0.0.0.0" && exposed.metrics.expose)
    }
}
