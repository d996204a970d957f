import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A long-running child (a daemon under test), started like `ChildProcess` with a clean signal
/// mask so SIGTERM and SIGHUP reach it, with stdout and stderr going to one file.
public final class BackgroundProcess: @unchecked Sendable { // `status` is written once, before `exited` signals
    public let pid: pid_t
    private let exited = DispatchSemaphore(value: 0)
    private var status: Int32 = -1

    public init(_ program: String, _ arguments: [String], environment: [String: String], output: String) throws {
        var attributes = ChildProcess.cleanSignalAttributes()
        defer { posix_spawnattr_destroy(&attributes) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var child = pid_t()
        let result = posix_spawn(&child, program, &actions, &attributes, argv, envp)
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EINVAL) }
        pid = child
        Thread.detachNewThread { [self] in
            var raw: Int32 = 0
            waitpid(pid, &raw, 0)
            status = (raw & 0x7f) == 0 ? (raw >> 8) & 0xff : -(raw & 0x7f)
            exited.signal()
        }
    }

    public func signal(_ number: Int32) { kill(pid, number) }

    /// The exit status (negative: killed by that signal), or nil if still running after `timeout` seconds.
    public func wait(timeout: Double) -> Int32? {
        guard exited.wait(timeout: .now() + timeout) == .success else { return nil }
        exited.signal() // later calls see it too
        return status
    }

    /// `wait(timeout:)` for async callers: the wait blocks a thread of its own (`offPool`).
    public func wait(timeout: Double) async -> Int32? {
        await offPool { self.wait(timeout: timeout) as Int32? }
    }

    deinit { if wait(timeout: 0) == nil { kill(pid, SIGKILL) } }
}
