import LibCurl
import Testing
import WatchTesting

@Suite struct CurlEasySmokeTests {
    @Test func getsABodyAndHeadersFromALoopbackServer() throws {
        let server = try LoopbackHTTPServer { request in
            .text("<p>hello \(request.path)</p>", headers: [("ETag", "\"v1\"")])
        }
        defer { server.stop() }
        let easy = try CurlEasy()
        try easy.setURL(server.baseURL + "/news?page=1")
        try easy.setUserAgent("bureauwatch-test")
        let result = try easy.perform()
        #expect(result.status == 200)
        #expect(String(decoding: result.body, as: UTF8.self) == "<p>hello /news?page=1</p>")
        #expect(result.headers.first { $0.name == "ETag" }?.value == "\"v1\"")
        #expect(server.requests.first?.header("User-Agent") == "bureauwatch-test")
        #expect(result.effectiveURL == server.baseURL + "/news?page=1")
    }

    @Test func aRefusedConnectionIsACurlError() throws {
        let refusing = try RefusingPort()
        let easy = try CurlEasy()
        try easy.setURL(refusing.baseURL + "/")
        #expect(throws: CurlError.self) { try easy.perform() }
        do {
            _ = try easy.perform()
        } catch let error as CurlError {
            #expect(error.code == CurlError.couldNotConnect)
            #expect(!error.message.isEmpty)
        }
    }

    /// A reused handle keeps its cookie engine on (so it is turned on once, not per transfer),
    /// but each transfer starts with an empty jar: a transfer without a cookie session sends
    /// none of the cookies an earlier one was given, and a new session none either.
    @Test func aReusedHandleStartsEachTransferWithAnEmptyJar() throws {
        let server = try LoopbackHTTPServer { request in
            request.path == "/set" ? .text("set", headers: [("Set-Cookie", "session=first; Path=/")]) : .text("ok")
        }
        defer { server.stop() }
        let easy = try CurlEasy()
        try easy.startCookieSession()
        try easy.setURL(server.baseURL + "/set")
        _ = try easy.perform()
        try easy.setURL(server.baseURL + "/same-session")
        _ = try easy.perform()
        try easy.reset()
        try easy.setURL(server.baseURL + "/without-cookies")
        _ = try easy.perform()
        try easy.reset()
        try easy.startCookieSession()
        try easy.setURL(server.baseURL + "/new-session")
        _ = try easy.perform()

        let sent = Dictionary(uniqueKeysWithValues: server.requests.map { ($0.path, $0.header("Cookie")) })
        #expect(sent["/same-session"] == .some("session=first"))
        #expect(sent["/without-cookies"] == .some(nil))
        #expect(sent["/new-session"] == .some(nil))
    }
}
