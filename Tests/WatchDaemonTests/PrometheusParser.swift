import Foundation
import WatchTesting

/// Parses a Prometheus text exposition with the reference parser, Python's `prometheus_client`
/// (`make pydeps` installs it; a test never installs packages).
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
        let input = FileManager.default.temporaryDirectory
            .appendingPathComponent("bw-exposition-\(UUID().uuidString.prefix(8)).txt")
        try Data(exposition.utf8).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let run = try ChildProcess.run("python3", ["-c", script], stdinPath: input.path)
        guard run.status == 0 else {
            throw Failure(description: "prometheus_client rejected the exposition: \(run.errors)")
        }
        return try JSONDecoder().decode([Sample].self, from: Data(run.output.utf8))
    }

    private static func ensureInstalled() throws {
        guard try ChildProcess.run("python3", ["-c", "import prometheus_client"]).status != 0 else { return }
        throw Failure(description: "Python's prometheus_client is missing: run `make pydeps`")
    }
}
