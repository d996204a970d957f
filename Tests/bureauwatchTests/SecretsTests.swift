import Foundation
import PostgresTesting
import Testing
import WatchTesting

/// Credentials in source and webhook URLs, and webhook secrets, never reach what a person reads:
/// debug logs, `sources`, `sources --json`, `check`, `fetch` output, error messages. On
/// PostgreSQL the `store:` URL carries a password too.
@Suite struct SecretsTests {
    /// Each secret is a distinct marker, so a leak names which one escaped.
    static let secrets = [
        "tok-SOURCE-7f3a", "key-SOURCE-91bb", "pw-USERINFO-c0de", "tok-HOOK-55aa", "sig-SECRET-e1e1", "pw-STORE-4d4d",
    ]
    static let storePassword = secrets[5]

    @Test(arguments: StoreBackend.allCases)
    func noSecretAppearsInLogsOutputsOrErrors(backend: StoreBackend) async throws {
        let state = try await DaemonState(backend)
        let (_, server) = try FaultSite.served()
        defer { server.stop() }
        // The webhook answers 500, so its URL turns up in delivery errors.
        let hook = try LoopbackHTTPServer { _ in .text("no", status: 500, contentType: "text/plain") }
        defer { hook.stop() }
        let folder = try TemporaryFolder()
        let base = server.baseURL
        let hostAndPort = base.dropFirst("http://".count)
        let text = """
            \(state.storeLine(password: Self.storePassword) ?? "")
            state_dir: state
            watch_dir: watch
            defaults: { interval: 10m, timeout: 2s, robots: false, baseline: false, per_host: { concurrency: 4, delay: 0s } }
            sources:
              - { id: token-ok, name: ok, kind: bureau, url: "\(base)/healthy/list.html?access_token=\(Self.secrets[0])" }
              - { id: token-500, name: failing, kind: mirror, url: "\(base)/fault/status-500/list.html?page=1&key=\(Self.secrets[1])" }
              - { id: userinfo, name: userinfo, kind: mirror, url: "http://bw:\(Self.secrets[2])@\(hostAndPort)/fault/empty-200/list.html" }
            notify:
              - { id: hook, url: "\(hook.baseURL)/robot/send?access_token=\(Self.secrets[3])", format: json, secret: "\(Self.secrets[4])" }
            """
        let config = folder.url.appendingPathComponent("sources.yaml")
        try text.write(to: config, atomically: true, encoding: .utf8)

        var runs: [BinaryRun] = []
        for arguments in [
            ["fetch", "--log-level", "debug"], ["sources"], ["sources", "--json"], ["check"],
            ["articles", "list", "--json"], ["notify", "test", "hook", "--log-level", "debug"],
        ] {
            runs.append(try await BinaryRun.bureauwatch(arguments + ["--config", config.path]))
        }
        #expect(runs[0].status == 1, "a source fails, so fetch exits 1: \(runs[0].stderr)")
        #expect(runs[0].stderr.contains("debug"), "the fetch ran at debug level")
        #expect(runs[2].stdout.contains("token-500") && runs[2].stdout.contains("http: HTTP 500"), "\(runs[2].stdout)")
        #expect(hook.requests.contains { $0.path.contains(Self.secrets[3]) }, "the webhook was really called")
        #expect(
            server.requests.contains { $0.path.contains(Self.secrets[0]) }, "the source URL keeps its token on the wire"
        )
        for (index, run) in runs.enumerated() {
            for secret in Self.secrets {
                #expect(!run.stdout.contains(secret), "run \(index) stdout leaks \(secret)")
                #expect(!run.stderr.contains(secret), "run \(index) stderr leaks \(secret)")
            }
        }
        #expect(runs[2].stdout.contains("access_token=***"), "the URL is shown, masked: \(runs[2].stdout)")
        try expectNoSecretInFiles(under: folder.url.appendingPathComponent("watch"))
        let polled = try await state.polledSources(stateFolder: folder.url.appendingPathComponent("state"))
        #expect(polled == ["token-ok", "token-500", "userinfo"])
    }

    @Test(arguments: StoreBackend.allCases)
    func aRefusedURLIsQuotedWithoutItsCredentials(backend: StoreBackend) async throws {
        let state = try await DaemonState(backend)
        let folder = try TemporaryFolder()
        // The store line goes last: the refusal's line number stays 2 on both backends.
        let text = """
            sources:
              - { id: bad, name: bad, kind: bureau, url: "ftp://bw:\(Self.secrets[2])@127.0.0.1/list?access_token=\(Self.secrets[0])" }
            \(state.storeLine(password: Self.storePassword) ?? "")
            """
        let config = folder.url.appendingPathComponent("sources.yaml")
        try text.write(to: config, atomically: true, encoding: .utf8)
        let check = try await BinaryRun.bureauwatch(["check", "--config", config.path])
        #expect(check.status == 2)
        #expect(check.stderr.contains("sources.yaml:2:"), "\(check.stderr)")
        #expect(check.stderr.contains("ftp://***@127.0.0.1/list?access_token=***"), "\(check.stderr)")
        for secret in Self.secrets { #expect(!(check.stdout + check.stderr).contains(secret)) }
    }

    func expectNoSecretInFiles(under folder: URL) throws {
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        #expect(!files.isEmpty)
        for file in files {
            let text = (try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)) ?? ""
            for secret in Self.secrets where text.contains(secret) { Issue.record("\(file) holds \(secret)") }
        }
    }
}
