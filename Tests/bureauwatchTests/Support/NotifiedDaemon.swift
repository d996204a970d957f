import Foundation
import WatchTesting

/// `bureauwatch run --config F` as systemd starts it: a subprocess reporting to a notify
/// socket, its output in `daemon.log` in the test's folder.
struct NotifiedDaemon {
    let process: BackgroundProcess
    let systemd: NotifyListener
    let log: String

    init(config: URL, folder: URL) throws {
        systemd = try NotifyListener()
        log = folder.appendingPathComponent("daemon.log").path
        var environment = ProcessInfo.processInfo.environment
        environment["NOTIFY_SOCKET"] = systemd.path
        process = try BackgroundProcess(
            CommandTreeTests.binary.path, ["run", "--config", config.path],
            environment: environment, output: log)
    }
}
