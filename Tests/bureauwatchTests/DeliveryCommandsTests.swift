import Foundation
import PostgresTesting
import Testing
import WatchTesting

/// `notify status`, `notify resend`, `notify test` and webhook secrets, through the binary.
@Suite struct DeliveryCommandsTests {
    /// A variable no test environment sets.
    static let secretVariable = "BW_TEST_HOOK_SECRET_5e1f"

    /// The demo site's config with `webhooks` (YAML list items) as its `notify:` list.
    static func config(
        for site: LoopbackHTTPServer, in folder: TemporaryFolder, webhooks: String, store: String? = nil
    ) throws -> URL {
        let file = try FetchEndToEndTests.config(for: site, in: folder.url, store: store)
        let text = try String(contentsOf: file, encoding: .utf8) + "\nnotify:\n" + webhooks
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    static func demoSite() throws -> LoopbackHTTPServer {
        try LoopbackHTTPServer(handler: StaticSite(root: FetchEndToEndTests.site).reply)
    }

    @Test(arguments: StoreBackend.allCases)
    func aDingTalkRefusalIsRetriedNotCountedAndNotifyStatusShowsItsCode(backend: StoreBackend) async throws {
        let state = try await DaemonState(backend)
        let robot = try LoopbackHTTPServer { _ in
            .text("{\"errcode\":130101,\"errmsg\":\"send too fast\"}", contentType: "application/json")
        }
        defer { robot.stop() }
        let site = try Self.demoSite()
        defer { site.stop() }
        let folder = try TemporaryFolder()
        let config = try Self.config(
            for: site, in: folder,
            webhooks: """
                  - { id: ding, url: "\(robot.baseURL)/robot/send?access_token=tok", format: dingtalk }
                """, store: state.storeLine)
        let fetch = try await BinaryRun.bureauwatch(["fetch", "--config", config.path, "--source", "gd-news"])
        #expect(fetch.status == 0, "\(fetch.stderr)")
        #expect(fetch.stdout.contains("0 sent, 1 to retry"), "\(fetch.stdout)")
        // The refusal paused the robot's lane: one POST, not one per article.
        #expect(robot.requests.count == 1)

        let status = try await BinaryRun.bureauwatch(["notify", "status", "--config", config.path])
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout.contains("errcode 130101: send too fast"), "\(status.stdout)")
        let json = try await BinaryRun.bureauwatch(["notify", "status", "--json", "--config", config.path])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 1 && rows[0]["id"] as? String == "ding" && rows[0]["configured"] as? Bool == true)
        #expect(
            (rows[0]["pending"] as? Int ?? 0) > 1 && rows[0]["failing_since"] is String
                && rows[0]["last_success"] == nil)
    }

    @Test(arguments: StoreBackend.allCases)
    func aRenamedWebhooksEntriesAreResentByTheCommand(backend: StoreBackend) async throws {
        let state = try await DaemonState(backend)
        let probe = try LoopbackHTTPServer { _ in .text("") }
        let downURL = probe.baseURL + "/hook"
        probe.stop()
        let receiver = try LoopbackHTTPServer { _ in .text("{}", contentType: "application/json") }
        defer { receiver.stop() }
        let site = try Self.demoSite()
        defer { site.stop() }
        let folder = try TemporaryFolder()
        let config = try Self.config(
            for: site, in: folder, webhooks: "  - { id: ops, url: \"\(downURL)\" }\n", store: state.storeLine)
        let fetch = try await BinaryRun.bureauwatch(["fetch", "--config", config.path, "--source", "gd-news"])
        #expect(fetch.status == 0, "\(fetch.stderr)")

        // The team renames the webhook and points it at the receiver that works.
        let renamed = try Self.config(
            for: site, in: folder, webhooks: "  - { id: ops-cn, url: \"\(receiver.baseURL)/hook\" }\n",
            store: state.storeLine)
        let status = try await BinaryRun.bureauwatch(["notify", "status", "--config", renamed.path])
        #expect(status.stdout.contains("no longer in"), "\(status.stdout)")
        let refused = try await BinaryRun.bureauwatch(["notify", "resend", "--abandoned", "--config", renamed.path])
        #expect(refused.status == 1 && refused.stdout.contains("--from ops --webhook NEW"), "\(refused.stdout)")
        #expect(receiver.requests.isEmpty)

        let resend = try await BinaryRun.bureauwatch([
            "notify", "resend", "--abandoned", "--from", "ops", "--webhook", "ops-cn",
            "--config", renamed.path,
        ])
        #expect(resend.status == 0, "\(resend.stdout)\(resend.stderr)")
        #expect(
            !receiver.requests.isEmpty && resend.stdout.contains("\(receiver.requests.count) sent"), "\(resend.stdout)")
        let ids = receiver.requests.compactMap { $0.header("X-Bureauwatch-Delivery") }
        #expect(Set(ids).count == ids.count)
        let after = try await BinaryRun.bureauwatch(["notify", "status", "--json", "--config", renamed.path])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [[String: Any]])
        #expect(rows.allSatisfy { $0["pending"] as? Int == 0 && $0["abandoned"] as? Int == 0 }, "\(after.stdout)")
    }

    @Test(arguments: StoreBackend.allCases)
    func resendQueuesAnArticleAgainWithAFreshDeliveryID(backend: StoreBackend) async throws {
        let state = try await DaemonState(backend)
        let receiver = try LoopbackHTTPServer { _ in .text("{}", contentType: "application/json") }
        defer { receiver.stop() }
        let site = try Self.demoSite()
        defer { site.stop() }
        let folder = try TemporaryFolder()
        let config = try Self.config(
            for: site, in: folder, webhooks: "  - { id: ops, url: \"\(receiver.baseURL)/hook\" }\n",
            store: state.storeLine)
        #expect(try await BinaryRun.bureauwatch(["fetch", "--config", config.path, "--source", "gd-news"]).status == 0)
        let first = receiver.requests.count
        let list = try await BinaryRun.bureauwatch(["articles", "list", "--json", "--config", config.path])
        let articles = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        let id = try #require(articles.first?["id"] as? String)

        let resend = try await BinaryRun.bureauwatch([
            "notify", "resend", id, "--webhook", "ops", "--config", config.path,
        ])
        #expect(resend.status == 0, "\(resend.stdout)\(resend.stderr)")
        #expect(receiver.requests.count == first + 1)
        let again = try #require(receiver.requests.last)
        let earlier = receiver.requests.dropLast().first { String(decoding: $0.body, as: UTF8.self).contains(id) }
        #expect(again.header("X-Bureauwatch-Event") == "article.new")
        #expect(String(decoding: again.body, as: UTF8.self).contains("\"id\":\"\(id)\""))
        #expect(earlier != nil && earlier?.header("X-Bureauwatch-Delivery") != again.header("X-Bureauwatch-Delivery"))
    }

    @Test func notifyTestSendsATestEventAndExitsNonZeroOnAnErrcode() async throws {
        let robot = try LoopbackHTTPServer { _ in
            .text("{\"errcode\":310000,\"errmsg\":\"keywords not in content\"}", contentType: "application/json")
        }
        defer { robot.stop() }
        let site = try Self.demoSite()
        defer { site.stop() }
        let folder = try TemporaryFolder()
        let config = try Self.config(
            for: site, in: folder, webhooks: "  - { id: ding, url: \"\(robot.baseURL)/robot\", format: dingtalk }\n")
        let run = try await BinaryRun.bureauwatch(["notify", "test", "ding", "--config", config.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("refused: errcode 310000: keywords not in content"), "\(run.stdout)")
        #expect(robot.requests.first?.header("X-Bureauwatch-Event") == "test")
    }

    @Test(arguments: StoreBackend.allCases)
    func readOnlyCommandsNeedNoSecretAndCheckNamesTheMissingOne(backend: StoreBackend) async throws {
        let state = try await DaemonState(backend)
        let receiver = try LoopbackHTTPServer { _ in .text("{}", contentType: "application/json") }
        defer { receiver.stop() }
        let site = try Self.demoSite()
        defer { site.stop() }
        let folder = try TemporaryFolder()
        let config = try Self.config(
            for: site, in: folder,
            webhooks: """
                  - id: ops
                    url: "\(receiver.baseURL)/hook"
                    secret: ${\(Self.secretVariable)}
                """, store: state.storeLine)
        let fetch = try await BinaryRun.bureauwatch(
            ["fetch", "--config", config.path, "--source", "gd-news"],
            extraEnvironment: [Self.secretVariable: "s3cret"])
        #expect(fetch.status == 0, "\(fetch.stderr)")
        #expect(receiver.requests.first?.header("X-Bureauwatch-Signature-256")?.hasPrefix("sha256=") == true)
        let stateFolder = folder.url.appendingPathComponent("state")
        #expect(try await state.polledSources(stateFolder: stateFolder) == ["gd-news"])

        let list = FetchEndToEndTests.site.appendingPathComponent("gd/list.html").path
        for arguments in [
            ["sources"], ["articles", "list"], ["notify", "status"], ["extract", list, "--source", "gd-news"],
        ] {
            let run = try await BinaryRun.bureauwatch(arguments + ["--config", config.path])
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
        }
        let check = try await BinaryRun.bureauwatch(["check", "--config", config.path])
        #expect(check.status == 2)
        #expect(
            check.stderr.contains("sources.yaml:") && check.stderr.contains("${\(Self.secretVariable)}"),
            "\(check.stderr)")
        #expect(
            check.stderr.firstMatch(of: try Regex("sources\\.yaml:[0-9]+:[0-9]+: ")) != nil,
            "file:line:column in \(check.stderr)")
    }
}
