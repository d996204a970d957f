import Foundation
import Testing
import WatchCore
import WatchFetch
import WatchTesting

/// The transport against the fault site's bombs: the body cap counts decoded bytes.
@Suite struct FaultTransportTests {
    let transport = CurlTransport(logger: quietLogger)

    @Test func theGzipBombIsAValidStreamThatCurlDecodesInFull() async throws {
        let (bytes, decoded) = GzipBomb.stream(decodedAtLeast: 3_000_000)
        #expect(bytes.count < decoded / 150, "\(bytes.count) compressed for \(decoded)")
        let server = try LoopbackHTTPServer { _ in
            .response(status: 200, headers: [("Content-Encoding", "gzip")], body: bytes)
        }
        defer { server.stop() }
        let response = try await transport.send(
            HTTPRequest(
                url: server.baseURL + "/bomb", userAgent: "t",
                maxBodyBytes: 4_000_000)
        ).get()
        #expect(response.body.count == decoded)
        #expect(response.body.allSatisfy { $0 == 0 })
    }

    @Test func theTwoGigabyteBombStopsAtTheCapOnDecodedBytes() async throws {
        let site = try FaultSite()
        let server = try LoopbackHTTPServer(handler: site.reply)
        defer { server.stop() }
        let cap = 1_000_000
        #expect(GzipBomb.stream(decodedAtLeast: FaultSite.bombDecodedBytes).bytes.count > cap)
        let result = await transport.send(
            HTTPRequest(
                url: site.listURL(.gzipBomb, base: server.baseURL), userAgent: "t",
                maxBodyBytes: cap))
        guard case .failure(let error) = result else {
            Issue.record("the bomb was accepted")
            return
        }
        #expect(error.kind == .tooLarge, "\(error)")
        #expect(error.message.contains("body larger than \(cap) bytes"), "stopped by the decoded-byte cap: \(error)")
    }

    /// A bomb whose compressed size is well under the cap, with its length declared: only the
    /// decoded bytes can pass the cap, so this is the cap counting them.
    @Test func aSmallBombWithALengthStopsAtTheDecodedCap() async throws {
        let (bytes, decoded) = GzipBomb.stream(decodedAtLeast: 40_000_000)
        let cap = 4_000_000
        #expect(bytes.count < cap && decoded > cap)
        let server = try LoopbackHTTPServer { _ in
            .response(status: 200, headers: [("Content-Encoding", "gzip")], body: bytes)
        }
        defer { server.stop() }
        let result = await transport.send(HTTPRequest(url: server.baseURL + "/bomb", userAgent: "t", maxBodyBytes: cap))
        guard case .failure(let error) = result else {
            Issue.record("the bomb was accepted")
            return
        }
        #expect(error.kind == .tooLarge)
        #expect(error.message.contains("body larger than \(cap) bytes"), "\(error)")
    }
}
