import Foundation

extension FaultSite {
    /// The list page's reply for each fault.
    func listReply(_ kind: FaultKind, request: RecordedRequest) -> ServerReply {
        wireReply(kind) ?? httpReply(kind, request: request)
    }

    /// Faults below HTTP: broken connections and lying framing; `nil` for the others.
    private func wireReply(_ kind: FaultKind) -> ServerReply? {
        let page = Array(FaultPages.list(section: kind.rawValue, count: 3).utf8)
        switch kind {
        case .resetMidBody:
            return .script([
                .send(FaultPages.head(contentLength: page.count)), .send(Array(page.prefix(page.count / 2))), .reset,
            ])
        case .acceptAndHang:
            return .script([.hang])
        case .slowDrip:
            let drip = (0..<600).flatMap { _ in [WireStep.pause(milliseconds: 100), .send([UInt8(ascii: " ")])] }
            return .script([.send(FaultPages.head(contentLength: 10_000))] + drip)
        case .truncatedChunked:
            let head =
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
            return .script([.send(Array(head.utf8)), .send(Array("400\r\n<html><body><ul><li>".utf8))])
        case .contentLengthLonger:
            return .script([.send(FaultPages.head(contentLength: page.count * 4)), .send(page)])
        case .contentLengthShorter:
            return .script([.send(FaultPages.head(contentLength: 16)), .send(page)])
        case .garbage:
            var generator = SplitMix64(state: 8)
            return .script([.send((0..<4096).map { _ in UInt8(truncatingIfNeeded: generator.next()) })])
        case .malformedHeaders:
            return .script([
                .send(
                    Array(
                        "HTTP/1.1 200 OK\r\nContent-Type text/html\r\n\rbroken\r\n: no name\r\n\u{1}\u{2}\r\n\r\n".utf8)
                )
            ])
        case .hugeHeader:
            let value = String(repeating: "x", count: 1024 * 1024)
            return .script([.send(Array("HTTP/1.1 200 OK\r\nX-Filler: \(value)\r\nContent-Length: 0\r\n\r\n".utf8))])
        default:
            return nil
        }
    }

    /// Faults in well-framed HTTP: statuses, redirects, encodings, bodies that are no list.
    private func httpReply(_ kind: FaultKind, request: RecordedRequest) -> ServerReply {
        switch kind {
        case .status500, .status502, .status503:
            let status = Int(kind.rawValue.dropFirst("status-".count)) ?? 500
            return .text("<html><body>server error</body></html>", status: status)
        case .tooManyRequests:
            return .text(
                "slow down", status: 429, contentType: "text/plain",
                headers: [("Retry-After", "\(Self.retryAfterSeconds)")])
        case .connectionRefused, .articleGone404, .articleGone410:
            return .text(FaultPages.list(section: kind.rawValue, count: 3))
        case .gzipBomb:
            // No Content-Length: libcurl cannot refuse it up front, only the decoded-byte cap can.
            let head =
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nConnection: close\r\n\r\n"
            return .script([.send(Array(head.utf8)), .send(gzipBomb())])
        case .hugePage:
            return .response(status: 200, headers: [("Content-Type", "text/html; charset=utf-8")], body: hugePage())
        case .redirectLoop:
            return .response(status: 302, headers: [("Location", "/fault/\(kind.rawValue)/list.html?again")])
        case .redirectToFile:
            return .response(status: 302, headers: [("Location", "file:///etc/passwd")])
        case .redirectToFTP:
            return .response(status: 301, headers: [("Location", "ftp://127.0.0.1/list.html")])
        case .redirectToGopher:
            return .response(status: 302, headers: [("Location", "gopher://127.0.0.1/1/list")])
        case .redirectOtherHost:
            let port = request.header("Host")?.split(separator: ":").last.map(String.init) ?? "80"
            return .response(status: 301, headers: [("Location", "http://localhost:\(port)/other-host/list.html")])
        case .wrongCharset:
            return .response(
                status: 200, headers: FaultPages.claimsUTF8,
                body: FaultPages.gb18030(FaultPages.list(section: kind.rawValue, count: 3)))
        case .empty200:
            return .response(status: 200, headers: [("Content-Type", "text/html")], body: [])
        case .loginPage:
            return .text(FaultPages.login)
        case .captchaPage:
            return .text(FaultPages.captcha)
        case .noLinks:
            return .text("<html><head><title>栏目</title></head><body><p>本栏目暂无内容。</p></body></html>")
        default:
            return .text("not found", status: 404, contentType: "text/plain")
        }
    }
}
