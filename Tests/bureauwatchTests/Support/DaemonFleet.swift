import Foundation
import WatchTesting

#if canImport(Glibc)
    import Glibc
#endif

/// Several `bureauwatch run` processes on one shared state, each with a config of its own (its
/// own state folder, a User-Agent naming it) and `BUREAUWATCH_DAEMON_ID`. A slot's daemon can be
/// killed and started again; the fleet remembers when each of a slot's processes started and
/// when it was killed.
///
/// `@unchecked Sendable`: one test drives it one step at a time, each step off the cooperative
/// pool and awaited before the next, so no two threads ever touch `slots` at once.
final class DaemonFleet: @unchecked Sendable {
    struct Slot {
        let id: String
        let config: URL
        var process: BackgroundProcess?
        var starts = 0
        /// This slot's processes in order, on the clock the loopback servers stamp requests with.
        var lives: [DaemonLife] = []
    }

    /// How long a start may take to report READY=1 (opening the store and loading the index).
    static let readyDeadline = 60
    private(set) var slots: [Slot]
    let folder: URL

    init(configs: [(id: String, config: URL)], folder: URL) {
        slots = configs.map { Slot(id: $0.id, config: $0.config) }
        self.folder = folder
    }

    /// The User-Agent each daemon's config gives it: the site tells the daemons apart by it.
    static func agent(of id: String) -> String { "bureauwatch-test-\(id)" }

    /// Starts slot `index`'s daemon and waits for its READY=1; whether it came in time.
    @discardableResult
    func start(_ index: Int) throws -> Bool {
        let systemd = try NotifyListener()
        var environment = ProcessInfo.processInfo.environment
        environment["NOTIFY_SOCKET"] = systemd.path
        environment["BUREAUWATCH_DAEMON_ID"] = slots[index].id
        slots[index].starts += 1
        slots[index].lives.append(DaemonLife(launched: .now))
        let log = folder.appendingPathComponent("\(slots[index].id)-\(slots[index].starts).log").path
        slots[index].process = try BackgroundProcess(
            CommandTreeTests.binary.path, ["run", "--config", slots[index].config.path],
            environment: environment, output: log)
        guard systemd.waitFor("READY=1", timeout: Self.readyDeadline) != nil else { return false }
        slots[index].lives[slots[index].lives.count - 1].ready = .now
        return true
    }

    /// SIGKILLs slot `index`'s daemon and reaps it; its exit status (`-SIGKILL` when the kill ended it).
    func kill(_ index: Int) -> Int32 {
        guard let process = slots[index].process else { return 0 }
        process.signal(SIGKILL)
        slots[index].lives[slots[index].lives.count - 1].killed = .now
        let status = process.wait(timeout: 10) ?? 0
        slots[index].process = nil
        return status
    }

    /// Whether slot `index`'s daemon is still running.
    func isAlive(_ index: Int) -> Bool { slots[index].process?.wait(timeout: 0) == nil && slots[index].process != nil }

    /// Stops every daemon with SIGTERM; the slots whose daemon did not exit 0 within `timeout` s.
    func stopAll(timeout: Double = 20) -> [String] {
        for slot in slots { slot.process?.signal(SIGTERM) }
        return slots.filter { ($0.process?.wait(timeout: timeout) ?? 0) != 0 }.map(\.id)
    }

    /// The last lines of slot `index`'s newest log, for a failure message.
    func logTail(_ index: Int, characters: Int = 2_000) -> String {
        let path = folder.appendingPathComponent("\(slots[index].id)-\(slots[index].starts).log").path
        return String(((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").suffix(characters))
    }
}
