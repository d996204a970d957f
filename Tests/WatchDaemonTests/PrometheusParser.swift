import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Parses a Prometheus text exposition with the reference parser, Python's `prometheus_client`
/// (installed with pip on first use if missing; `make pydeps-metrics` does the same).
enum PrometheusParser {
    /// One sample as the parser read it.
    struct Sample: Decodable, Equatable {
        let family: String
        let type: String
        let name: String
        let labels: [String: String]
        let value: Double
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Prints every sample as one JSON array; a text the parser rejects exits non-zero.
    static let script = """
        import json, sys
        from prometheus_client.parser import text_string_to_metric_families
        out = []
        for family in text_string_to_metric_families(sys.stdin.read()):
            for s in family.samples:
                out.append({"family": family.name, "type": family.type, "name": s.name,
                            "labels": s.labels, "value": s.value})
        json.dump(out, sys.stdout)
        """

    static func samples(in exposition: String) throws -> [Sample] {
        try ensureInstalled()
        let input = temporaryFile("exposition.txt")
        try Data(exposition.utf8).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let (status, output, errors) = try run(["-c", script], stdin: input.path)
        guard status == 0 else { throw Failure(description: "prometheus_client rejected the exposition: \(errors)") }
        return try JSONDecoder().decode([Sample].self, from: Data(output.utf8))
    }

    private static func ensureInstalled() throws {
        guard try run(["-c", "import prometheus_client"]).status != 0 else { return }
        let (status, _, errors) = try run(["-m", "pip", "install", "--quiet", "prometheus_client"])
        guard status == 0 else { throw Failure(description: "pip install prometheus_client failed: \(errors)") }
    }

    private static func temporaryFile(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("bw-prom-\(UUID().uuidString.prefix(8))-\(name)")
    }

    /// Runs python3 with posix_spawn, its standard streams redirected to files by the child
    /// alone. Foundation's `Process` is avoided on purpose: with it, these tests saw other
    /// threads' sockets closed under them (a stray close of a reused descriptor number), while
    /// 20 runs without it were clean.
    private static func run(_ arguments: [String], stdin: String = "/dev/null") throws
        -> (status: Int32, output: String, errors: String) {
        let output = temporaryFile("out"), errors = temporaryFile("err")
        defer {
            try? FileManager.default.removeItem(at: output)
            try? FileManager.default.removeItem(at: errors)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errors.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = (["python3"] + arguments).map { strdup($0) } + [nil]
        let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, "python3", &actions, nil, argv, envp)
        guard spawned == 0 else { throw Failure(description: "cannot start python3: \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS, which Swift cannot import: low 7 bits 0, code in the next byte.
        let code = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let read = { (url: URL) in (try? String(contentsOf: url, encoding: .utf8)) ?? "" }
        return (code, read(output), read(errors))
    }
}
