import Foundation

/// The sources.yaml the binary tests run with: state and watch folders beside the file, the
/// given `defaults:` lines, sources and at most one webhook. One writer, so a change of the
/// config's shape is made once.
struct TestConfig {
    struct Source {
        let id: String
        let name: String
        var kind = "bureau"
        let url: String
    }

    struct Webhook {
        var id = "test"
        let url: String
        var format = "json"
        var secret: String?
    }

    var sources: [Source]
    /// Lines under `defaults:`; the default polls every 10 minutes with no politeness delay.
    var defaults = ["interval: 10m", "per_host: { concurrency: 2, delay: 0s }"]
    /// `metrics: { listen: "127.0.0.1:0" }` (a kernel-chosen port) rather than `metrics: off`.
    var servesMetrics = false
    var webhook: Webhook?
    /// The `store:` line (`store: postgres://…`, `DaemonState.storeLine`); nil keeps SQLite.
    var store: String?

    var yaml: String {
        var lines = [
            "state_dir: state", "watch_dir: watch",
            servesMetrics ? #"metrics: { listen: "127.0.0.1:0" }"# : "metrics: off", "defaults:",
        ]
        if let store { lines.insert(store, at: 0) }
        lines += defaults.map { "  " + $0 }
        lines.append("sources:")
        for source in sources {
            lines += [
                "  - id: \(source.id)", "    name: \(source.name)", "    kind: \(source.kind)",
                "    url: \(source.url)",
            ]
        }
        if let webhook {
            lines += ["notify:", "  - id: \(webhook.id)", "    url: \(webhook.url)", "    format: \(webhook.format)"]
            if let secret = webhook.secret { lines.append("    secret: \(secret)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes `sources.yaml` into `folder` and returns its URL.
    func write(in folder: URL) throws -> URL {
        let file = folder.appendingPathComponent("sources.yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        return file
    }
}
