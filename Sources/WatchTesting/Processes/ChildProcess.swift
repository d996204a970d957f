import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program to completion with posix_spawn, its standard streams redirected to files by
/// the child alone, and a clean signal mask and default signal actions (a child started from a
/// test thread would otherwise inherit blocked signals).
///
/// Use this instead of Foundation's `Process` in tests: with `Process` running beside the
/// socket tests, other threads' descriptors were closed under them (listeners refusing
/// connections, resets, writes landing on unrelated sockets, a hang), and none of that was
/// seen in 20+ runs without it.
public enum ChildProcess {
    /// How a run ended and what it printed.
    public struct Outcome: Sendable {
        /// The exit code, or 128 + the signal number if a signal ended it.
        public let status: Int32
        public let output: String
        public let errors: String
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Runs `program` (looked up in PATH unless it contains a slash) with `arguments`;
    /// standard input comes from the file at `stdinPath`; `environment` is the child's whole
    /// environment (this process's by default).
    public static func run(
        _ program: String, _ arguments: [String] = [], stdinPath: String = "/dev/null",
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> Outcome {
        let output = temporaryFile("out")
        let errors = temporaryFile("err")
        defer {
            unlink(output)
            unlink(errors)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdinPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = cleanSignalAttributes()
        defer { posix_spawnattr_destroy(&attributes) }
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, program, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw Failure(description: "cannot start \(program): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS, which Swift cannot import: low 7 bits 0, code in the next byte.
        let code = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Outcome(status: code, output: contents(of: output), errors: contents(of: errors))
    }

    /// `run` for async callers: the child is waited for on a thread of its own (`offPool`).
    public static func run(
        _ program: String, _ arguments: [String] = [], stdinPath: String = "/dev/null",
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) async throws -> Outcome {
        try await offPool { try run(program, arguments, stdinPath: stdinPath, environment: environment) as Outcome }
    }

    static func cleanSignalAttributes() -> posix_spawnattr_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        var none = sigset_t()
        var all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        return attributes
    }

    private static func temporaryFile(_ name: String) -> String {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("bw-child-\(UUID().uuidString.prefix(8))-\(name)").path
    }

    private static func contents(of path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }
}
