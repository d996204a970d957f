import Foundation
import PostgresTesting
import Testing
import WatchTesting

/// The first run's baseline, `fetch --dry-run`, a lost database and an unwritable watch folder,
/// through the built binary against a publishing site and a webhook receiver on 127.0.0.1.
@Suite struct BaselineBinaryTests {
    /// A bureau list with `initial` articles and a webhook receiver that accepts everything.
    struct Setup {
        let site = PublishingSite(initial: 6, perListRequest: 0, maximum: 6)
        let server: LoopbackHTTPServer
        let receiver: LoopbackHTTPServer
        let folder: TemporaryFolder
        let config: URL

        init(baseline: Bool? = nil, store: String? = nil) throws {
            let site = self.site
            server = try LoopbackHTTPServer { site.reply($0) }
            receiver = try LoopbackHTTPServer { _ in .text("ok", contentType: "text/plain") }
            folder = try TemporaryFolder()
            let text = """
                \(store ?? "# store: sqlite (the default)")
                state_dir: state
                watch_dir: watch
                metrics: { listen: "127.0.0.1:0" }
                defaults:
                  interval: 10m
                  robots: false
                  per_host: { concurrency: 2, delay: 0s }
                \(baseline.map { "  baseline: \($0)" } ?? "")
                sources:
                  - { id: gd-news, name: 广东省邮政管理局, kind: bureau, url: "\(server.baseURL)\(PublishingSite.listPath)" }
                notify:
                  - { id: recorder, url: "\(receiver.baseURL)/hook", format: json }
                """
            config = folder.url.appendingPathComponent("sources.yaml")
            try text.write(to: config, atomically: true, encoding: .utf8)
        }

        /// A state on `backend` and a setup whose config names it.
        static func make(_ backend: StoreBackend, baseline: Bool? = nil) async throws -> (DaemonState, Setup) {
            let state = try await DaemonState(backend)
            return (state, try Setup(baseline: baseline, store: state.storeLine))
        }

        var watch: URL { folder.url.appendingPathComponent("watch") }
        var state: URL { folder.url.appendingPathComponent("state") }

        func fetch(_ extra: [String] = []) async throws -> BinaryRun {
            let arguments = ["fetch", "--config", config.path] + extra
            return try await BinaryRun.bureauwatch(arguments)
        }

        /// `fetch`, expected to exit 0 (recorded against the caller's line otherwise).
        func fetchSucceeding(sourceLocation: SourceLocation = #_sourceLocation) async throws -> BinaryRun {
            let run = try await fetch()
            #expect(run.status == 0, "\(run.stderr)", sourceLocation: sourceLocation)
            return run
        }

        func articleNews() -> Int {
            receiver.requests.count { $0.header("X-Bureauwatch-Event") == "article.new" }
        }

        func articleFiles() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: watch.path)) ?? []).filter { $0.hasSuffix(".md") }
                .sorted()
        }

        func stop() {
            server.stop()
            receiver.stop()
        }
    }

    @Test(arguments: StoreBackend.allCases)
    func aFirstRunOnSixArticlesSendsNoWebhookAndALaterArticleSendsOne(backend: StoreBackend) async throws {
        let (state, setup) = try await Setup.make(backend)
        defer { setup.stop() }
        let first = try await setup.fetchSucceeding()
        #expect(setup.articleFiles().count == 6)
        #expect(setup.receiver.requests.isEmpty, "the baseline alerted: \(setup.receiver.requests.count)")
        #expect(first.stdout.contains("6 (baseline)"), "\(first.stdout)")
        #expect(try await state.polledSources(stateFolder: setup.state) == ["gd-news"], "not the store under test")

        setup.site.publish()
        let second = try await setup.fetchSucceeding()
        #expect(setup.articleNews() == 1)
        #expect(setup.receiver.requests.count == 1)
        #expect(
            second.stderr.contains("new article") && second.stderr.contains("title=\(PublishingSite.title(of: 6))"),
            "the new article is logged with its title: \(second.stderr)")
    }

    @Test(arguments: StoreBackend.allCases)
    func fetchShowsProgressOnATerminalAndNothingInAPipe(backend: StoreBackend) async throws {
        let (state, setup) = try await Setup.make(backend)
        defer { setup.stop() }
        let piped = try await setup.fetchSucceeding()
        #expect(!piped.stderr.contains("sources]"), "progress in a pipe: \(piped.stderr)")
        // `script` gives the command a terminal for stdout and stderr.
        setup.site.publish()
        let command = [
            "env", "-u", "INVOCATION_ID", CommandTreeTests.binary.path, "fetch", "--config", setup.config.path,
            "--log-level", "error",
        ]
        .map { "'\($0)'" }.joined(separator: " ")
        let terminal = try await ChildProcess.run("script", ["-qec", command, "/dev/null"])
        #expect(terminal.status == 0, "\(terminal.output)\(terminal.errors)")
        #expect(terminal.output.contains("[1/1 sources] 1 new, 0 updated"), "\(terminal.output)")
        #expect(try await state.polledSources(stateFolder: setup.state) == ["gd-news"])
    }

    @Test func dryRunPrintsWhatWouldBeNewAndWritesAndSendsNothing() async throws {
        let setup = try Setup(baseline: false)
        defer { setup.stop() }
        let dry = try await setup.fetch(["--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.components(separatedBy: "would write ").count - 1 == 6, "\(dry.stdout)")
        #expect(!FileManager.default.fileExists(atPath: setup.state.path), "the state folder was created")
        #expect(setup.articleFiles().isEmpty)
        #expect(setup.receiver.requests.isEmpty)

        #expect(try await setup.fetch().status == 0)
        #expect(setup.articleNews() == 6)
        let before = try await Self.storeContents(setup)
        let listing = try FileManager.default.contentsOfDirectory(atPath: setup.watch.path).sorted()
        setup.site.publish()
        let again = try await setup.fetch(["--dry-run"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.components(separatedBy: "would write ").count - 1 == 1, "\(again.stdout)")
        #expect(try await Self.storeContents(setup) == before, "the store changed")
        #expect(try FileManager.default.contentsOfDirectory(atPath: setup.watch.path).sorted() == listing)
        #expect(setup.articleNews() == 6, "the dry run sent a webhook")
        // The real run still finds the article new: the dry run saved no validator.
        #expect(try await setup.fetch().status == 0)
        #expect(setup.articleNews() == 7)
    }

    /// `--dry-run` works on a copy of the SQLite file; on PostgreSQL it is refused as bad usage
    /// (exit 2, as README's exit statuses say) before the store, the site or a webhook is touched.
    @Test(.enabled(if: PostgresTestDatabase.shouldRun, PostgresTestDatabase.skipMessage))
    func aDryRunOnPostgreSQLIsRefusedAsBadUsageBeforeItTouchesAnything() async throws {
        let state = try await DaemonState(.postgres)
        let setup = try Setup(baseline: false, store: state.storeLine)
        defer { setup.stop() }
        let dry = try await setup.fetch(["--dry-run"])
        #expect(dry.status == 2, "\(dry.stdout)\(dry.stderr)")
        #expect(dry.stderr.contains("fetch --dry-run works on the SQLite store only"), "\(dry.stderr)")
        #expect(try await state.open(stateFolder: setup.state) == nil, "the dry run created the schema")
        #expect(setup.server.requests.isEmpty && setup.receiver.requests.isEmpty)
        #expect(setup.articleFiles().isEmpty)
    }

    @Test(arguments: StoreBackend.allCases)
    func aLostDatabaseBesideAPopulatedWatchFolderSendsNoSecondArticleNew(backend: StoreBackend) async throws {
        let (state, setup) = try await Setup.make(backend, baseline: false)
        defer { setup.stop() }
        #expect(try await setup.fetch().status == 0)
        #expect(setup.articleNews() == 6)
        let replaced = try await Self.loseDatabase(of: state, setup: setup)
        let second = try await setup.fetchSucceeding()
        #expect(setup.articleNews() == 6, "articles announced again after the database was lost")
        #expect(second.stderr.contains("the database was lost or replaced"), "\(second.stderr)")
        #expect(setup.articleFiles().count == 6)
        #expect(try await replaced.polledSources(stateFolder: setup.state) == ["gd-news"])
    }

    /// Loses the store `setup` fetched into and returns the state the next run finds: on SQLite
    /// the same file, emptied to zero bytes; on PostgreSQL a new, empty database the config now
    /// names (a restore that never ran, a URL changed by mistake).
    static func loseDatabase(of state: DaemonState, setup: Setup) async throws -> DaemonState {
        guard let lost = state.storeLine else {
            try Data().write(to: setup.state.appendingPathComponent("bureauwatch.sqlite"))
            return state
        }
        let empty = try await DaemonState(state.backend)
        let text = try String(contentsOf: setup.config, encoding: .utf8)
            .replacingOccurrences(of: lost, with: try #require(empty.storeLine))
        try text.write(to: setup.config, atomically: true, encoding: .utf8)
        return empty
    }

    @Test(arguments: StoreBackend.allCases)
    func anUnwritableWatchFolderMakesFetchExitOneAndHealthz503(backend: StoreBackend) async throws {
        let (state, setup) = try await Setup.make(backend)
        defer { setup.stop() }
        try FileManager.default.createDirectory(at: setup.watch, withIntermediateDirectories: true)
        try Unwritable.make(setup.watch)
        defer { Unwritable.restore(setup.watch) }

        let run = try await setup.fetch()
        #expect(run.status == 1, "\(run.stdout)\n\(run.stderr)")
        #expect(run.stdout.contains("(failed)"), "\(run.stdout)")
        #expect(run.stderr.contains("article not stored"), "\(run.stderr)")
        #expect(try await state.polledSources(stateFolder: setup.state) == ["gd-news"])

        let log = setup.folder.url.appendingPathComponent("daemon.log").path
        let daemon = try BackgroundProcess(
            CommandTreeTests.binary.path, ["run", "--config", setup.config.path],
            environment: ProcessInfo.processInfo.environment, output: log)
        defer {
            daemon.signal(SIGTERM)
            _ = daemon.wait(timeout: 10)
        }
        let health = try await Self.healthz(log: log)
        #expect(health.status == 503, "\(health.body)")
        #expect(health.body.contains("watch folder not writable"), "\(health.body)")
    }

    /// What the store holds, as the read-only commands print it: articles, and each source's
    /// polling record (a poll written to the store changes its last success and next due time).
    static func storeContents(_ setup: Setup) async throws -> [String] {
        let config = setup.config.path
        var contents: [String] = []
        for command in [["articles", "list", "--json"], ["sources", "--json"]] {
            contents.append(try await BinaryRun.bureauwatch(command + ["--config", config]).stdout)
        }
        return contents
    }

    /// Waits for the daemon's endpoint in its log, then reads /healthz: status and body.
    static func healthz(log: String) async throws -> (status: Int, body: String) {
        try await offPool { try healthzBlocking(log: log) }
    }

    static func healthzBlocking(log: String) throws -> (status: Int, body: String) {
        let deadline = Date().addingTimeInterval(30)
        var address: Substring?
        while address == nil, Date() < deadline {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            address = text.split(separator: "\n").first { $0.contains("serving /metrics") }?
                .split(separator: " ").first { $0.hasPrefix("address=") }?.dropFirst(8)
            if address == nil { usleep(50_000) }
        }
        let found = try #require(address, "the daemon never served /metrics")
        let script = """
            import urllib.request, urllib.error
            try:
                r = urllib.request.urlopen("http://\(found)/healthz"); print(r.status); print(r.read().decode())
            except urllib.error.HTTPError as e:
                print(e.code); print(e.read().decode())
            """
        let run = try ChildProcess.run("python3", ["-c", script])
        let lines = run.output.split(separator: "\n", maxSplits: 1).map(String.init)
        return (Int(lines.first ?? "") ?? 0, lines.dropFirst().first ?? run.errors)
    }
}
