import Foundation
import Logging
import ServiceLifecycle
import Testing
import WatchDaemon

#if canImport(Glibc)
    import Glibc
#endif

/// The endpoint as a swift-service-lifecycle service: it serves until stopped, shut down
/// gracefully or cancelled, and then has closed its socket and every connection.
@Suite(.timeLimit(.minutes(1))) struct MetricsServiceTests {
    /// A service whose log lines arrive on `lines`, so a test can wait until `run()` began.
    static func service() throws -> (MetricsService, AsyncStream<String>) {
        let (lines, sink) = AsyncStream.makeStream(of: String.self)
        let logger = Logger(label: "metrics") {
            KeyValueLogHandler(label: $0, level: .info, colour: false) { sink.yield($0) }
        }
        let endpoint = HTTPEndpoint(metrics: DaemonMetrics()) { HealthReport(healthy: true, sources: 1, failing: 0) }
        return (try MetricsService(host: "127.0.0.1", port: 0, endpoint: endpoint, logger: logger), lines)
    }

    static func isRefused(port: UInt16) -> Bool {
        do {
            close(try EndpointClient.connect(port: port))
            return false
        } catch {
            return "\(error)".contains("refused")
        }
    }

    @Test func stopEndsRunAndClosesOpenConnections() async throws {
        let (service, _) = try Self.service()
        let port = service.server.port
        let running = Task { await service.run() }
        // A kept-alive connection, answered once and now idle on the server, which would
        // otherwise hold it open for the 10 s read timeout.
        let idle = try EndpointClient.connect(port: port)
        defer { close(idle) }
        #expect(try EndpointClient.requestKeepingAlive("/healthz", on: idle).status == 200)
        service.server.stop()
        await running.value
        #expect(try EndpointClient.readToEnd(idle).isEmpty)
        #expect(Self.isRefused(port: port))
    }

    @Test func gracefulShutdownOfTheServiceGroupStopsIt() async throws {
        let (service, lines) = try Self.service()
        let port = service.server.port
        let group = ServiceGroup(services: [service], logger: Logger(label: "group") { _ in SwiftLogNoOpLogHandler() })
        let running = Task { try await group.run() }
        var log = lines.makeAsyncIterator()
        #expect(await log.next()?.contains("serving /metrics and /healthz address=127.0.0.1:\(port)") == true)
        await group.triggerGracefulShutdown()
        try await running.value
        #expect(await log.next()?.contains("metrics endpoint stopped address=127.0.0.1:\(port)") == true)
        #expect(Self.isRefused(port: port))
    }

    @Test func cancellationStopsIt() async throws {
        let (service, lines) = try Self.service()
        let running = Task { await service.run() }
        var log = lines.makeAsyncIterator()
        _ = await log.next()
        running.cancel()
        await running.value
        #expect(Self.isRefused(port: service.server.port))
    }
}
