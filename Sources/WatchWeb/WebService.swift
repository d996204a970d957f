import Hummingbird
import Logging
import ServiceLifecycle
import Synchronization
import WatchCore
import WatchHTTP

/// The daemon's HTTP server as a swift-service-lifecycle `Service`: the web page and the plain
/// endpoints on one Hummingbird application, served until graceful shutdown or cancellation.
public struct WebService: Service {
    /// The server could not take its address (a port already in use, an unknown host).
    public struct ListenError: Error, CustomStringConvertible {
        public let address: String
        public let underlying: any Error
        public var description: String { "cannot serve /metrics and the web page on \(address): \(underlying)" }
    }

    let site: WebSite
    let host: String
    let port: Int
    let logger: Logger
    let onListening: @Sendable (String) async -> Void

    /// `port` 0 lets the kernel pick; `onListening` is told `host:port` once the server accepts.
    public init(
        site: WebSite, host: String, port: Int, logger: Logger,
        onListening: @escaping @Sendable (String) async -> Void = { _ in }
    ) {
        self.site = site
        self.host = host
        self.port = port
        self.logger = logger
        self.onListening = onListening
    }

    /// Serves until graceful shutdown or cancellation; throws `ListenError` when the address
    /// cannot be bound.
    public func run() async throws {
        let listening = ListeningAddress()
        let app = Application(
            router: site.router(), configuration: .init(address: .hostname(host, port: port)),
            onServerRunning: { [host, logger, onListening] channel in
                let address = "\(host):\(channel.localAddress?.port ?? 0)"
                listening.set(address)
                if ListenAddress.isLoopback(host) {
                    logger.info(
                        "serving /metrics, /healthz, /feed.xml and the web page", metadata: ["address": "\(address)"])
                } else {
                    logger.notice(
                        "serving /metrics, /healthz, /feed.xml and the web page beyond loopback",
                        metadata: ["address": "\(address)"])
                }
                await onListening(address)
            }, logger: logger)
        do {
            // Handlers are child tasks of this one, so they inherit the preference (as do the
            // store's default actors they call).
            try await withTaskExecutorPreference(WebExecutor()) { try await app.run() }
        } catch  where listening.address == nil {
            throw ListenError(address: "\(host):\(port)", underlying: error)
        }
        logger.info("web server stopped", metadata: ["address": "\(listening.address ?? "\(host):\(port)")"])
    }
}

/// Where the server listens once it does: an error before that is a `ListenError`.
private final class ListeningAddress: Sendable {
    private let state = Mutex<String?>(nil)
    var address: String? { state.withLock { $0 } }
    func set(_ address: String) { state.withLock { $0 = address } }
}
