import Foundation
import Logging
import Testing
import WatchDaemon
import WatchHTTP

#if canImport(Glibc)
    import Glibc
#endif

/// The bounds that keep the endpoint from being tied up: silent clients, too many
/// connections, oversized heads.
@Suite struct EndpointLimitsTests {
    static func service(_ limits: EndpointLimits) throws -> MetricsService {
        let endpoint = HTTPEndpoint(metrics: DaemonMetrics()) { HealthReport(healthy: true, sources: 2, failing: 0) }
        return try MetricsService(
            host: "127.0.0.1", port: 0, endpoint: endpoint, limits: limits,
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
    }

    @Test func aSilentClientDoesNotBlockOtherRequests() throws {
        let service = try Self.service(EndpointLimits(readTimeout: .seconds(60)))
        defer { service.server.stop() }
        let silent = try EndpointClient.connect(port: service.server.port)
        defer { close(silent) }
        let response = try EndpointClient.request("/healthz", port: service.server.port)
        #expect(response.status == 200)
    }

    @Test func aSilentClientIsClosedAfterTheReadTimeout() throws {
        let service = try Self.service(EndpointLimits(readTimeout: .milliseconds(200)))
        defer { service.server.stop() }
        let silent = try EndpointClient.connect(port: service.server.port)
        defer { close(silent) }
        let started = ContinuousClock.now
        // Blocks until the server gives up on the connection: EOF, no response.
        #expect(try EndpointClient.readToEnd(silent).isEmpty)
        #expect(ContinuousClock.now - started < EndpointClient.clientTimeout)
    }

    @Test func connectionsBeyondTheCapAreAnswered503() throws {
        let service = try Self.service(EndpointLimits(readTimeout: .seconds(60), maxConnections: 2))
        defer { service.server.stop() }
        let port = service.server.port
        let first = try EndpointClient.connect(port: port)
        let second = try EndpointClient.connect(port: port)
        defer {
            close(first)
            close(second)
        }
        // Accepted in order, so both silent ones hold their slots by the time this is accepted.
        let third = try EndpointClient.connect(port: port)
        defer { close(third) }
        let refused = try EndpointClient.parse(EndpointClient.readToEnd(third))
        #expect(refused.status == 503)
        #expect(refused.header("Connection") == "close")
    }

    @Test func anOversizedRequestHeadEndsTheConnectionWithoutAnAnswer() throws {
        let service = try Self.service(EndpointLimits(maxHeadBytes: 1024))
        defer { service.server.stop() }
        let client = try EndpointClient.connect(port: service.server.port)
        defer { close(client) }
        let padding = String(repeating: "a", count: 4000)
        try EndpointClient.send(client, Array("GET /metrics HTTP/1.1\r\nX-Pad: \(padding)\r\n\r\n".utf8))
        // Dropped unanswered: EOF, or a reset since the rest of the head was never read.
        let answer = try? EndpointClient.readToEnd(client)
        #expect(answer?.isEmpty ?? true)
        #expect(try EndpointClient.request("/healthz", port: service.server.port).status == 200)
    }

    /// A reload that keeps the listen address must be able to bind it again straight away.
    @Test func aStoppedEndpointsPortCanBeBoundAgainAtOnce() throws {
        var server = try EndpointServer(host: "127.0.0.1", port: 0) { _ in .text("first") }
        let port = server.port
        for round in 0..<20 {
            server.stop()
            server = try EndpointServer(host: "127.0.0.1", port: port) { _ in .text("round \(round)") }
            #expect(try EndpointClient.request("/", port: port).body == "round \(round)")
        }
        server.stop()
    }

    @Test func aNonIPv4ListenAddressIsAClearError() throws {
        let endpoint = HTTPEndpoint(metrics: DaemonMetrics()) { HealthReport(healthy: true, sources: 0, failing: 0) }
        #expect {
            try MetricsService(
                host: "localhost", port: 0, endpoint: endpoint,
                logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        } throws: { error in
            "\(error)".contains("\"localhost\" is not an IPv4 address")
        }
    }

    @Test func aPortInUseIsAClearError() throws {
        let first = try Self.service(.standard)
        defer { first.server.stop() }
        #expect {
            try MetricsService(
                host: "127.0.0.1", port: first.server.port,
                endpoint: HTTPEndpoint(metrics: DaemonMetrics()) {
                    HealthReport(healthy: true, sources: 0, failing: 0)
                },
                logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        } throws: { error in
            "\(error)".contains("127.0.0.1:\(first.server.port)") && "\(error)".contains("in use")
        }
    }
}
