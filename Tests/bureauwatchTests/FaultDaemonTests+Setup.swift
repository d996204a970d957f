import Foundation
import WatchTesting

extension FaultDaemonTests {
    /// What the source of each fault must record: a failure kind (`nil`: the poll succeeds) and,
    /// where the kind alone is vague, a fragment of the message.
    static let expected: [FaultKind: (kind: String?, message: String?)] = [
        .status500: ("http", "HTTP 500"), .status502: ("http", "HTTP 502"), .status503: ("http", "HTTP 503"),
        .tooManyRequests: ("http", "HTTP 429"), .connectionRefused: ("connect", nil),
        .resetMidBody: ("protocol", nil), .acceptAndHang: ("timeout", nil), .slowDrip: ("timeout", nil),
        .truncatedChunked: ("protocol", nil), .contentLengthLonger: ("protocol", nil),
        .contentLengthShorter: ("content", "no article links"), .gzipBomb: ("too_large", "body larger than"),
        .hugePage: ("too_large", nil), .redirectLoop: ("redirect", nil), .redirectToFile: ("redirect", nil),
        .redirectToFTP: ("redirect", nil), .redirectToGopher: ("redirect", nil), .garbage: ("protocol", nil),
        .malformedHeaders: ("protocol", nil), .hugeHeader: ("protocol", "headers too large"), .wrongCharset: (nil, nil),
        .empty200: ("content", "empty"), .loginPage: ("content", "login or captcha"),
        .captchaPage: ("content", "login or captcha"), .noLinks: ("content", "no article links"),
        .articleGone404: (nil, nil), .articleGone410: (nil, nil), .redirectOtherHost: (nil, nil),
    ]

    /// The faults that take longest (timeouts and in-poll retries) get the earliest first due times.
    static let slowFirst: [FaultKind] = {
        let slow: [FaultKind] = [.acceptAndHang, .slowDrip, .connectionRefused, .status500, .status502, .status503]
        return slow + FaultKind.allCases.filter { !slow.contains($0) }
    }()

    /// Short timeouts, no politeness delay and no robots.txt, so one cycle over every fault
    /// (each retried three times inside the poll) ends in well under a minute.
    static func config(
        site: FaultSite, server: LoopbackHTTPServer, receiver: LoopbackHTTPServer,
        store: String?, in folder: URL
    ) throws -> URL {
        var text = """
            \(store ?? "# store: sqlite (the default)")
            state_dir: state
            watch_dir: watch
            concurrency: 32
            metrics: { listen: "127.0.0.1:0" }
            failing_after: 100   # these faults are the sites' doing: /healthz stays 200 through them
            defaults:
              interval: \(Int(interval))s
              jitter: 0%
              timeout: 2s
              robots: false
              per_host: { concurrency: 16, delay: 0s }
            sources:
              - { id: healthy, name: healthy, kind: bureau, url: "\(FaultSite.healthyListURL(base: server.baseURL))" }

            """
        for kind in slowFirst {
            text +=
                "  - { id: \(id(kind)), name: \(kind.rawValue), kind: mirror, url: \"\(site.listURL(kind, base: server.baseURL))\" }\n"
        }
        text += """
            notify:
              - { id: receiver, url: "\(receiver.baseURL)/hook", format: json, events: [article.removed] }

            """
        let file = folder.appendingPathComponent("sources.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }
}

/// `bureauwatch sources --json`, by source id.
struct FaultReport {
    struct Row {
        let consecutiveFailures: Int
        let lastError: String?
        /// Seconds from the last error to the next poll: the backoff the source got.
        let backoffSeconds: Double
        /// Whether the source has been polled at all.
        let polled: Bool
    }

    let rows: [String: Row]

    subscript(id: String) -> Row? { rows[id] }

    static func read(config: URL) async throws -> FaultReport {
        let run = try await BinaryRun.bureauwatch(["sources", "--json", "--config", config.path])
        let objects = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]] ?? []
        let dates = ISO8601DateFormatter()
        var rows: [String: Row] = [:]
        for object in objects {
            guard let id = object["id"] as? String else { continue }
            let errorAt = (object["last_error_at"] as? String).flatMap(dates.date(from:))
            let next = (object["next_poll"] as? String).flatMap(dates.date(from:))
            let backoff = errorAt.flatMap { at in next.map { $0.timeIntervalSince(at) } } ?? 0
            rows[id] = Row(
                consecutiveFailures: object["consecutive_failures"] as? Int ?? -1,
                lastError: object["last_error"] as? String, backoffSeconds: backoff,
                polled: object["last_success"] is String || errorAt != nil)
        }
        return FaultReport(rows: rows)
    }
}
