import Foundation
import Testing
import WatchHTTP
import WatchTesting

/// The plain endpoints answer through the web server exactly as their handler says, and
/// `/feed.xml` is the watch folder's file.
@Suite(.timeLimit(.minutes(1))) struct EndpointsTests {
    /// Stands in for the daemon's `HTTPEndpoint`: echoes method and target, and a 405 with `Allow`.
    static let handler: @Sendable (IncomingRequest) -> EndpointResponse = { request in
        guard request.method == "GET" || request.method == "HEAD" else {
            var response = EndpointResponse.text("method \(request.method) not allowed\n", status: 405)
            response.headers = [.init("Allow", "GET, HEAD")]
            return response
        }
        return EndpointResponse(
            status: request.pathWithoutQuery == "/healthz" ? 503 : 200,
            contentType: "text/plain; version=0.0.4; charset=utf-8",
            body: Array("\(request.method) \(request.path)\n".utf8))
    }

    @Test func metricsAndHealthzKeepTheirStatusTypeBodyAndHeaders() async throws {
        let web = try await WebFixture(plainHandler: Self.handler)
        let metrics = try await web.get("/metrics?x=1")
        let health = try await web.get("/healthz")
        let post = try await web.get("/metrics", method: .post)
        let head = try await Self.curl(["-sS", "-I", "--max-time", "30", web.base + "/metrics"])
        await web.stop()

        #expect(metrics.status == 200)
        #expect(metrics.header("Content-Type") == "text/plain; version=0.0.4; charset=utf-8")
        #expect(String(decoding: metrics.body, as: UTF8.self) == "GET /metrics?x=1\n")
        #expect(health.status == 503)
        #expect(String(decoding: health.body, as: UTF8.self) == "GET /healthz\n")
        #expect(post.status == 405)
        #expect(post.header("Allow") == "GET, HEAD")
        #expect(head.status == 0, "\(head.errors)")
        #expect(head.output.hasPrefix("HTTP/1.1 200"))
        #expect(head.output.lowercased().contains("content-length: \("HEAD /metrics\n".utf8.count)"))
    }

    /// The curl command, waited for off the cooperative pool (`ChildProcess.run`'s async form):
    /// waiting must not hold one of the few cooperative threads the server's tests also need.
    static func curl(_ arguments: [String]) async throws -> ChildProcess.Outcome {
        try await ChildProcess.run("curl", arguments)
    }

    @Test func feedIsTheWatchFoldersFileAsAtom() async throws {
        let web = try await WebFixture()
        let missing = try await web.get("/feed.xml")
        let atom =
            #"<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t &amp; 通知</title></feed>"#
        try atom.write(toFile: web.feedPath, atomically: true, encoding: .utf8)
        let feed = try await web.get("/feed.xml")
        let unknown = try await web.get("/nothing/here")
        await web.stop()

        #expect(missing.status == 404)
        #expect(feed.status == 200)
        #expect(feed.header("Content-Type") == "application/atom+xml; charset=utf-8")
        #expect(String(decoding: feed.body, as: UTF8.self) == atom)
        #expect(unknown.status == 404)
        #expect(String(decoding: unknown.body, as: UTF8.self).contains("There is no page at /nothing/here"))
    }
}
