import Foundation
import Testing
import WatchCore
import WatchFetch
import WatchTesting

/// The libcurl transport against a real server on 127.0.0.1: what it sends, what it refuses,
/// and how each failure is classified.
@Suite struct CurlTransportTests {
    let transport = CurlTransport(
        limits: CurlTransport.Limits(lowSpeedBytesPerSecond: 100, lowSpeedSeconds: 1),
        logger: quietLogger)

    @Test func getReturnsStatusHeadersBodyAndFinalURL() async throws {
        let server = try LoopbackHTTPServer { _ in .text("<p>ok</p>", headers: [("X-Test", "yes")]) }
        defer { server.stop() }
        let result = await transport.send(HTTPRequest(url: server.baseURL + "/page", userAgent: "agent-x"))
        let response = try result.get()
        #expect(response.status == 200)
        #expect(response.body == bytes("<p>ok</p>"))
        #expect(response.header("x-test") == "yes")
        #expect(response.finalURL == server.baseURL + "/page")
        #expect(response.totalSeconds > 0)
        #expect(server.requests.first?.header("User-Agent") == "agent-x")
    }

    @Test func postSendsBodyAndHeaders() async throws {
        let server = try LoopbackHTTPServer { request in .response(status: 202, body: request.body) }
        defer { server.stop() }
        let request = HTTPRequest(
            method: .post, url: server.baseURL + "/hook",
            headers: [HTTPHeader("Content-Type", "application/json")], body: bytes("{\"a\":1}"))
        let response = try await transport.send(request).get()
        #expect(response.status == 202)
        #expect(response.body == bytes("{\"a\":1}"))
        let recorded = try #require(server.requests.first)
        #expect(recorded.method == "POST")
        #expect(recorded.header("Content-Type") == "application/json")
        #expect(recorded.header("Expect") == nil)
    }

    /// The gzip bytes were made once with `printf '<p>压缩过的正文 gzip body</p>' | gzip -9n`.
    @Test func gzipBodyIsDecoded() async throws {
        let gzipped: [UInt8] = [
            31, 139, 8, 0, 0, 0, 0, 0, 2, 3, 179, 41, 176, 123, 218, 215, 253, 124, 207, 202, 23, 251,
            219, 159, 207, 106, 121, 182, 118, 241, 179, 105, 237, 10, 233, 85, 153, 5, 10, 73, 249, 41,
            149, 54, 250, 5, 118, 0, 205, 202, 237, 158, 35, 0, 0, 0,
        ]
        let server = try LoopbackHTTPServer { _ in
            .response(status: 200, headers: [("Content-Encoding", "gzip")], body: gzipped)
        }
        defer { server.stop() }
        let response = try await transport.send(HTTPRequest(url: server.baseURL + "/")).get()
        #expect(String(decoding: response.body, as: UTF8.self) == "<p>压缩过的正文 gzip body</p>")
        let accepted = server.requests.first?.header("Accept-Encoding") ?? ""
        #expect(accepted.contains("gzip"))
    }

    @Test func redirectChainEndsAtTheFinalURL() async throws {
        let server = try LoopbackHTTPServer { request in
            switch request.path {
            case "/a": .response(status: 301, headers: [("Location", "/b")])
            case "/b": .response(status: 302, headers: [("Location", "/c")])
            default: .text("final \(request.path)")
            }
        }
        defer { server.stop() }
        let response = try await transport.send(HTTPRequest(url: server.baseURL + "/a")).get()
        #expect(response.status == 200)
        #expect(response.finalURL == server.baseURL + "/c")
        #expect(response.body == bytes("final /c"))
        #expect(server.requests.map(\.path) == ["/a", "/b", "/c"])
    }

    @Test func redirectToAFileURLIsRefused() async throws {
        let server = try LoopbackHTTPServer { _ in .response(status: 302, headers: [("Location", "file:///etc/passwd")])
        }
        defer { server.stop() }
        let result = await transport.send(HTTPRequest(url: server.baseURL + "/"))
        guard case .failure(let error) = result else {
            Issue.record("a redirect to file:// was followed: \(result)")
            return
        }
        #expect(error.kind == .redirect)
    }

    @Test func redirectToFTPIsRefusedToo() async throws {
        // libcurl's own default would follow a redirect to ftp://; only http/https may pass.
        let server = try LoopbackHTTPServer { request in
            .response(status: 302, headers: [("Location", "ftp://127.0.0.1:\(request.header("X-Port") ?? "21")/x")])
        }
        defer { server.stop() }
        let request = HTTPRequest(
            url: server.baseURL + "/", headers: [HTTPHeader("X-Port", "\(server.port)")],
            timeout: .seconds(5))
        let result = await transport.send(request)
        #expect(result.failureKind == .redirect)
        #expect(server.requests.count == 1)
    }

    @Test func redirectLoopStopsAfterFiveRedirects() async throws {
        let server = try LoopbackHTTPServer { _ in .response(status: 302, headers: [("Location", "/loop")]) }
        defer { server.stop() }
        let result = await transport.send(HTTPRequest(url: server.baseURL + "/loop"))
        #expect(result.failureKind == .redirect)
        #expect(server.requests.count == 6) // the request and five redirects
    }

    @Test func bodyOverTheCapIsAnErrorNotTruncatedData() async throws {
        let server = try LoopbackHTTPServer { request in
            let body = [UInt8](repeating: 65, count: 5000)
            // Once with a Content-Length (refused up front), once chunked (refused in flight).
            if request.path == "/chunked" {
                let head = bytes("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
                return .script([.send(head), .send(bytes("1388\r\n") + body + bytes("\r\n0\r\n\r\n"))])
            }
            return .response(status: 200, body: body)
        }
        defer { server.stop() }
        for path in ["/sized", "/chunked"] {
            let result = await transport.send(HTTPRequest(url: server.baseURL + path, maxBodyBytes: 1000))
            #expect(result.failureKind == .tooLarge, "\(path): \(result)")
        }
        let fits = await transport.send(HTTPRequest(url: server.baseURL + "/sized", maxBodyBytes: 5000))
        #expect((try? fits.get().body.count) == 5000)
    }

    @Test func slowDripIsStoppedByTheLowSpeedLimit() async throws {
        let server = try LoopbackHTTPServer { _ in
            let head = bytes("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n")
            let drip: [WireStep] = (0..<40).flatMap { _ in [WireStep.send([65]), .pause(milliseconds: 200)] }
            return .script([.send(head)] + drip)
        }
        defer { server.stop() }
        // Total timeout far away: only the low-speed limit (100 B/s for 1 s) can stop this.
        let result = await transport.send(HTTPRequest(url: server.baseURL + "/", timeout: .seconds(30)))
        #expect(result.failureKind == .timeout)
    }

    @Test func connectionRefusedIsAConnectError() async throws {
        let refusing = try RefusingPort()
        let result = await transport.send(HTTPRequest(url: refusing.baseURL + "/"))
        #expect(result.failureKind == .connect)
    }

    @Test func nonWebSchemesAreRefusedUpFront() async throws {
        let result = await transport.send(HTTPRequest(url: "file:///etc/passwd"))
        #expect(result.failureKind == .other)
    }

    @Test func explicitProxyIsUsed() async throws {
        // The loopback server plays the proxy: it receives the absolute URL as the target.
        let proxy = try LoopbackHTTPServer { _ in .text("via proxy") }
        defer { proxy.stop() }
        let request = HTTPRequest(url: "http://bureau.example.invalid/news", proxy: proxy.baseURL)
        let response = try await transport.send(request).get()
        #expect(response.body == bytes("via proxy"))
        #expect(proxy.requests.first?.path == "http://bureau.example.invalid/news")
    }

    @Test func cancellationAbortsAHangingTransferPromptly() async throws {
        let (arrivals, arrived) = AsyncStream.makeStream(of: Void.self)
        let server = try LoopbackHTTPServer { _ in
            arrived.yield()
            return .script([.hang])
        }
        defer { server.stop() }
        let transport = CurlTransport(logger: quietLogger) // default low-speed limit: 15 s
        let task = Task { await transport.send(HTTPRequest(url: server.baseURL + "/", timeout: .seconds(60))) }
        for await _ in arrivals { break } // the request is at the server, the transfer is waiting
        let cancelledAt = ContinuousClock.now
        task.cancel()
        let result = await task.value
        #expect(result.failureKind == .cancelled)
        // Without cancellation this waits 15 s for the low-speed limit; the abort wakes the
        // transfer's poll at once, so it comes back in milliseconds (generous bound for load).
        #expect(ContinuousClock.now - cancelledAt < .milliseconds(900))
    }
}

extension Result where Success == HTTPResponse, Failure == FetchError {
    var failureKind: FetchError.Kind? {
        if case .failure(let error) = self { return error.kind }
        return nil
    }
}
