import Foundation
import WatchTesting

#if canImport(Glibc)
    import Glibc
#endif

/// Starts `bureauwatch run` on one config and state folder, and kills it at a `KillMoment`.
struct CrashRound {
    struct Outcome {
        /// The exit status: `-SIGKILL` when our kill ended it.
        let status: Int32
        /// Whether the article or delivery the moment waits for came (timed moments always do).
        let hitEvent: Bool
        let log: String
    }

    let config: URL
    let folder: URL
    let site: PublishingSite
    let deliveries: DeliveryLog

    func startDaemon(log name: String, notifySocket: String? = nil) throws -> BackgroundProcess {
        var environment = ProcessInfo.processInfo.environment
        environment["NOTIFY_SOCKET"] = notifySocket
        environment["BUREAUWATCH_DAEMON_ID"] = DaemonState.daemonID
        return try BackgroundProcess(
            CommandTreeTests.binary.path, ["run", "--config", config.path],
            environment: environment,
            output: folder.appendingPathComponent(name).path)
    }

    /// One round: the daemon started, killed at `moment`, reaped (the caller made the sources
    /// due first: `DaemonState.makeEverySourceDue`).
    func kill(round: Int, at moment: KillMoment, eventDeadline: Double) throws -> Outcome {
        let articlesBefore = site.served.total
        let deliveriesBefore = deliveries.all.count
        let log = "round-\(round).log"
        let daemon = try startDaemon(log: log)
        var hit = true
        switch moment {
        case .afterStart(let milliseconds):
            _ = daemon.wait(timeout: Double(milliseconds) / 1000)
        case .afterArticle(let count, let delay):
            hit = Self.await(site.served.signal, deadline: eventDeadline) {
                site.served.total >= articlesBefore + count
            }
            _ = daemon.wait(timeout: Double(delay) / 1000)
        case .afterDelivery(let count, let delay):
            hit = Self.await(deliveries.received, deadline: eventDeadline) {
                deliveries.all.count >= deliveriesBefore + count
            }
            _ = daemon.wait(timeout: Double(delay) / 1000)
        }
        daemon.signal(SIGKILL)
        let status = daemon.wait(timeout: 10) ?? 0
        // Only the last rounds' logs are worth keeping for a failure message.
        let logPath = folder.appendingPathComponent(log).path
        let text = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
        return Outcome(status: status, hitEvent: hit, log: String(text.suffix(2_000)))
    }

    /// Waits on `event` until `condition` holds or `deadline` seconds pass; whether it held.
    static func await(_ event: DispatchSemaphore, deadline: Double, until condition: () -> Bool) -> Bool {
        let end = DispatchTime.now() + deadline
        while !condition() {
            if event.wait(timeout: end) == .timedOut { return condition() }
        }
        return true
    }

    /// The final run: waits until every URL in `urls` reached the receiver as `article.new`.
    func waitForDeliveries(of urls: Set<String>, daemon: BackgroundProcess, deadline: Double) -> Bool {
        Self.await(deliveries.received, deadline: deadline) {
            deliveries.newArticleURLs.isSuperset(of: urls) || daemon.wait(timeout: 0) != nil
        } && deliveries.newArticleURLs.isSuperset(of: urls)
    }
}
