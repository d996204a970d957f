import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child process started with posix_spawn and an empty signal mask: a child started by
/// Foundation's `Process` from a test thread inherits a blocked SIGTERM and ignores it.
final class SpawnedProcess: @unchecked Sendable { // `status` is written once, before `exited` signals
    let pid: pid_t
    private let exited = DispatchSemaphore(value: 0)
    private var status: Int32 = -1

    init(_ executable: String, _ arguments: [String], environment: [String: String], output: String) throws {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGTERM, SIGINT, SIGHUP, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child = pid_t()
        let result = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EINVAL) }
        pid = child
        Thread.detachNewThread { [self] in
            var raw: Int32 = 0
            waitpid(pid, &raw, 0)
            status = (raw & 0x7f) == 0 ? (raw >> 8) & 0xff : -(raw & 0x7f)
            exited.signal()
        }
    }

    func signal(_ number: Int32) { kill(pid, number) }

    /// The exit status (negative: killed by that signal), or nil if still running after `timeout`.
    func wait(timeout: Double) -> Int32? {
        guard exited.wait(timeout: .now() + timeout) == .success else { return nil }
        exited.signal() // let later calls see it too
        return status
    }

    deinit { if wait(timeout: 0) == nil { kill(pid, SIGKILL) } }
}
