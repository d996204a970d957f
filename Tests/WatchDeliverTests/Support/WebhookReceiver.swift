import Foundation
import WatchTesting

/// A webhook receiver on 127.0.0.1: answers each POST with the next scripted status (200 once
/// the script runs out) and keeps every request the loopback server recorded.
final class WebhookReceiver: Sendable {
    /// What a 200 says: success in every format's words (DingTalk/WeCom `errcode`, Feishu
    /// `code`, Slack `ok`), so one receiver serves all formats.
    static let acceptedBody = "{\"errcode\":0,\"errmsg\":\"ok\",\"code\":0,\"msg\":\"success\",\"ok\":true}"

    let server: LoopbackHTTPServer
    private let script: StatusScript

    init(statuses: [Int] = [], port: UInt16 = 0) throws {
        let script = StatusScript(statuses)
        self.script = script
        server = try LoopbackHTTPServer(port: port) { _ in
            let status = script.next()
            return .text(
                status == 200 ? WebhookReceiver.acceptedBody : "busy", status: status,
                contentType: "application/json")
        }
    }

    var url: String { server.baseURL + "/hook" }
    var requests: [RecordedRequest] { server.requests }
    func stop() { server.stop() }
}

/// The statuses still to answer, behind a lock (the server answers on its own threads).
final class StatusScript: @unchecked Sendable {
    // @unchecked: `remaining` is only touched under `lock`.
    private let lock = NSLock()
    private var remaining: [Int]

    init(_ statuses: [Int]) { remaining = statuses }

    func next() -> Int {
        lock.withLock { remaining.isEmpty ? 200 : remaining.removeFirst() }
    }
}

extension RecordedRequest {
    /// The body parsed as a JSON object.
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] ?? [:]
    }

    /// The query parameters of the request target, percent-decoded.
    var query: [String: String] {
        guard let components = URLComponents(string: "http://x" + path) else { return [:] }
        var out: [String: String] = [:]
        for item in components.queryItems ?? [] { out[item.name] = item.value }
        return out
    }
}
