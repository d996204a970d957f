import Foundation
import PostgresTesting
import Testing
import WatchTesting

#if canImport(Glibc)
    import Glibc
#endif

/// `bureauwatch run` against the fault site: one source per `FaultKind` and one healthy source.
/// The daemon polls them all at least once; then `fetch` runs on the same state make the failures
/// consecutive (the daemon's shortest interval, 30 s, is too long to wait for in a test). A
/// source polled early in the daemon's first interval may be polled again, its 30-s backoff
/// over, before the last one is polled: the counts after the daemon are at least one.
@Suite struct FaultDaemonTests {
    /// Peak resident memory the daemon may reach while every fault plays at once: about 50 MB at
    /// rest, plus a few transfers in flight that each hold at most the 10 MB body cap and a copy.
    /// The 50 MB page or the 2 GiB gzip bomb held whole would pass it.
    static let peakMemoryBoundKB = 160 * 1024
    static let interval: Double = 30

    @Test(arguments: StoreBackend.allCases)
    func theDaemonSurvivesEveryFaultAndRecordsEachOnItsSource(backend: StoreBackend) async throws {
        let state = try await DaemonState(backend)
        let (site, server) = try FaultSite.served()
        defer { server.stop() }
        let receiver = try LoopbackHTTPServer { _ in .text("ok", contentType: "text/plain") }
        defer { receiver.stop() }
        let folder = try TemporaryFolder()
        let config = try Self.config(
            site: site, server: server, receiver: receiver, store: state.storeLine, in: folder.url)

        let peakKB = try await runDaemonOnce(config: config, folder: folder)
        print("fault daemon (\(backend)): peak RSS (VmHWM) \(peakKB) kB with \(FaultKind.allCases.count) fault sources")
        #expect(peakKB < Self.peakMemoryBoundKB, "peak RSS \(peakKB) kB")

        let first = try await FaultReport.read(config: config)
        let watch = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("watch").path)
        #expect(watch.filter { $0.contains("_healthy_") }.count == FaultSite.healthyArticles, "\(watch)")
        #expect(first["healthy"]?.consecutiveFailures == 0)
        for kind in FaultKind.allCases { Self.expectRecorded(kind, in: first, failures: 1...) }

        let again = try await BinaryRun.bureauwatch(["fetch", "--config", config.path])
        #expect(again.status == 1, "\(again.stderr)")
        let second = try await FaultReport.read(config: config)
        for kind in FaultKind.allCases {
            Self.expectRecorded(kind, in: second, failures: (first[Self.id(kind)]?.consecutiveFailures ?? 1) + 1)
            guard let before = first[Self.id(kind)], let after = second[Self.id(kind)], Self.expected[kind]?.kind != nil
            else { continue }
            // The backoff doubles with the second failure in a row (429's Retry-After stays longer).
            if kind == .tooManyRequests {
                #expect(after.backoffSeconds >= Double(FaultSite.retryAfterSeconds) - 1)
            } else {
                #expect(
                    after.backoffSeconds >= 2 * Self.interval - 1,
                    "\(kind.rawValue): \(before.backoffSeconds) → \(after.backoffSeconds)")
            }
            print(
                "fault \(kind.rawValue): \(after.lastError ?? "ok"); backoff \(Int(before.backoffSeconds)) s → \(Int(after.backoffSeconds)) s"
            )
        }
        // The second 404/410 in a row removes the article.
        let gone = try await BinaryRun.bureauwatch([
            "fetch", "--config", config.path, "--source", Self.id(.articleGone404),
            "--source", Self.id(.articleGone410),
        ])
        #expect(gone.status == 0, "\(gone.stdout)\(gone.stderr)")
        try await expectGoneArticlesRemoved(config: config, receiver: receiver)
    }

    /// Starts the daemon, waits for its first cycle, checks it is alive and answers /healthz,
    /// stops it; returns its peak resident memory in kB.
    func runDaemonOnce(config: URL, folder: TemporaryFolder) async throws -> Int {
        let systemd = try NotifyListener()
        let log = folder.url.appendingPathComponent("daemon.log").path
        var environment = ProcessInfo.processInfo.environment
        environment["NOTIFY_SOCKET"] = systemd.path
        let daemon = try BackgroundProcess(
            CommandTreeTests.binary.path, ["run", "--config", config.path, "--log-level", "debug"],
            environment: environment, output: log)
        #expect(await systemd.waitFor("READY=1", timeout: 30) != nil, "no READY=1")
        // First due times spread over one interval: wait until every source has been polled.
        var everyPolled = false
        while !everyPolled, await systemd.waitFor("STATUS=", timeout: 90) != nil {
            everyPolled = try await FaultReport.read(config: config).rows.values.allSatisfy(\.polled)
        }
        #expect(everyPolled, "not every source was polled")
        #expect(await daemon.wait(timeout: 0) == nil, "the daemon died under the faults")
        let peak = Self.peakResidentKB(pid: daemon.pid)
        try expectHealthz(log: log)
        daemon.signal(SIGTERM)
        let stopped = await daemon.wait(timeout: 20)
        if stopped == nil { // the later runs need its state folder's lock
            daemon.signal(SIGKILL)
            _ = await daemon.wait(timeout: 5)
        }
        let tail = ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").split(separator: "\n").suffix(15)
        #expect(stopped == 0, "SIGTERM: \(String(describing: stopped)); the log ends:\n\(tail.joined(separator: "\n"))")
        return peak
    }

    func expectHealthz(log: String) throws {
        let text = try String(contentsOfFile: log, encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.contains("serving /metrics") })
        let address = try #require(line.split(separator: " ").first { $0.hasPrefix("address=") }?.dropFirst(8))
        let run = try ChildProcess.run(
            "python3",
            ["-c", "import urllib.request; print(urllib.request.urlopen('http://\(address)/healthz').status)"])
        #expect(run.output.trimmingCharacters(in: .whitespacesAndNewlines) == "200", "\(run.errors)")
    }

    /// The gone kinds: a1 was read once, then answered 404/410 twice: `article.removed`. And
    /// the mislabelled pages' titles.
    func expectGoneArticlesRemoved(config: URL, receiver: LoopbackHTTPServer) async throws {
        let list = try await BinaryRun.bureauwatch(["articles", "list", "--json", "--config", config.path])
        let rows = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]] ?? []
        for kind in [FaultKind.articleGone404, .articleGone410] {
            let title = FaultPages.title(section: kind.rawValue, index: 1)
            let row = rows.first { $0["title"] as? String == title }
            #expect(row?["removed"] as? Bool == true, "\(kind.rawValue): \(String(describing: row))")
            let kept = rows.first { $0["title"] as? String == FaultPages.title(section: kind.rawValue, index: 2) }
            #expect(kept?["removed"] as? Bool == false)
        }
        // Pages in GB18030 that claim UTF-8 are read in their real charset: titles come out right.
        for index in 1...3 {
            let title = FaultPages.title(section: FaultKind.wrongCharset.rawValue, index: index)
            #expect(rows.contains { $0["title"] as? String == title }, "\(title) missing")
        }
        let removals = receiver.requests.filter { $0.header("X-Bureauwatch-Event") == "article.removed" }
        #expect(
            Set(removals.map { String(decoding: $0.body, as: UTF8.self) }).count == 2,
            "\(removals.count) removal deliveries")
    }

    static func expectRecorded(_ kind: FaultKind, in report: FaultReport, failures: Int) {
        expectRecorded(kind, in: report, failures: failures...failures)
    }

    static func expectRecorded(
        _ kind: FaultKind, in report: FaultReport, failures: some RangeExpression<Int>
    ) {
        guard let expected = expected[kind] else {
            Issue.record("no expectation for \(kind.rawValue)")
            return
        }
        let row = report[id(kind)]
        guard let kindName = expected.kind else {
            #expect(
                row?.consecutiveFailures == 0,
                "\(kind.rawValue) should poll fine: \(String(describing: row?.lastError))")
            return
        }
        #expect(
            row.map { failures.contains($0.consecutiveFailures) } == true,
            "\(kind.rawValue): \(row?.consecutiveFailures ?? -1) failures in a row")
        #expect(
            row?.lastError?.hasPrefix("\(kindName):") == true, "\(kind.rawValue): \(String(describing: row?.lastError))"
        )
        if let fragment = expected.message {
            #expect(
                row?.lastError?.contains(fragment) == true, "\(kind.rawValue): \(String(describing: row?.lastError))")
        }
        let floor = kind == .tooManyRequests ? Double(FaultSite.retryAfterSeconds) : interval
        #expect((row?.backoffSeconds ?? 0) >= floor - 1, "\(kind.rawValue): backoff \(row?.backoffSeconds ?? 0) s")
    }

    static func id(_ kind: FaultKind) -> String { "fault-\(kind.rawValue)" }

    /// VmHWM from /proc: the process's peak resident set.
    static func peakResidentKB(pid: pid_t) -> Int {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? -1
    }
}
