import Logging
import ServiceLifecycle
import WatchHTTP

/// The `/metrics` and `/healthz` endpoint as a swift-service-lifecycle `Service`: bound when
/// made (so a taken port fails at startup, before any other service runs), served until
/// graceful shutdown or cancellation, then stopped with every connection closed.
public struct MetricsService: Service {
    public let server: EndpointServer
    private let logger: Logger

    /// Binds `host:port` (port 0: the kernel picks; see `server.port`) and starts answering
    /// with `endpoint`. Any address is accepted; one outside 127.0.0.0/8 is logged as such
    /// when the service runs, since the defaults keep the endpoint on loopback.
    public init(
        host: String, port: UInt16, endpoint: HTTPEndpoint, limits: EndpointLimits = .standard,
        logger: Logger
    ) throws {
        server = try EndpointServer(host: host, port: port, limits: limits) { endpoint.respond(to: $0) }
        self.logger = logger
    }

    /// Serves until graceful shutdown, task cancellation or `server.stop()`, and returns once
    /// the listener and every connection are closed.
    public func run() async {
        let address = server.address
        if server.host.hasPrefix("127.") {
            logger.info("serving /metrics and /healthz", metadata: ["address": "\(address)"])
        } else {
            logger.notice("serving /metrics and /healthz beyond loopback", metadata: ["address": "\(address)"])
        }
        await withTaskCancellationOrGracefulShutdownHandler {
            await server.waitUntilStopped()
        } onCancelOrGracefulShutdown: { [server] in
            server.stop()
        }
        logger.info("metrics endpoint stopped", metadata: ["address": "\(address)"])
    }
}
