import Foundation
import Logging
import WatchCore
import WatchFetch
import WatchHTTP
import WatchTesting
import WatchWeb

/// The web page served by a real `WebService` on 127.0.0.1 (kernel-chosen port) over an
/// `InMemoryStore`, read with libcurl: the same server and client code the daemon and users run.
final class WebFixture: Sendable {
    let store: InMemoryStore
    let base: String
    let feedPath: String
    private let task: Task<Void, any Error>
    private let transport = CurlTransport(logger: quietLogger)

    /// Starts the server; `plainHandler` answers `/metrics` and `/healthz`.
    init(
        store: InMemoryStore = InMemoryStore(clock: FixedClock()), sources: [SourceConfig] = WebSamples.sources,
        webhooks: [WebhookConfig] = WebSamples.webhooks, plainHandler: WebSite.PlainHandler? = nil
    ) async throws {
        self.store = store
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bw-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        feedPath = folder.appendingPathComponent("feed.xml").path
        let site = try WebSite(
            store: store, feedPath: feedPath, sources: { sources }, webhooks: { webhooks },
            plainPaths: ["/metrics", "/healthz"], plainHandler: plainHandler)
        let (addresses, continuation) = AsyncStream.makeStream(of: String.self)
        let service = WebService(site: site, host: "127.0.0.1", port: 0, logger: quietLogger) { continuation.yield($0) }
        task = Task { try await service.run() }
        var iterator = addresses.makeAsyncIterator()
        guard let address = await iterator.next() else { throw FixtureError.notListening }
        base = "http://\(address)"
    }

    /// Stops the server and waits for it.
    func stop() async {
        task.cancel()
        _ = await task.result
        try? FileManager.default.removeItem(atPath: (feedPath as NSString).deletingLastPathComponent)
    }

    /// GET (or POST) `path` on the server.
    func get(_ path: String, method: HTTPRequest.Method = .get) async throws -> HTTPResponse {
        try await transport.send(HTTPRequest(method: method, url: base + path, timeout: .seconds(30))).get()
    }

    /// The body of a 200 answer as text; any other status is an error naming it.
    func page(_ path: String) async throws -> String {
        let response = try await get(path)
        guard response.status == 200 else { throw FixtureError.status(response.status, path) }
        return String(decoding: response.body, as: UTF8.self)
    }

    enum FixtureError: Error {
        case notListening
        case status(Int, String)
    }
}

let quietLogger = Logger(label: "web-tests", factory: { _ in SwiftLogNoOpLogHandler() })

/// A clock that always says the same time.
struct FixedClock: WallClock {
    var now = Date(timeIntervalSince1970: 1_790_000_000)
}

/// A time `seconds` after the tests' epoch.
func at(_ seconds: Int) -> Date { Date(timeIntervalSince1970: 1_790_000_000 + Double(seconds)) }
