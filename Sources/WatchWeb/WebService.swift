import Hummingbird
import WatchCore
import Logging
import ServiceLifecycle
import Synchronization
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
    public init(site: WebSite, host: String, port: Int, logger: Logger,
                onListening: @escaping @Sendable (String) async -> Void = { _ in }) {
        self.site = site
        self.host = host
        self.port = port
        self.logger = logger
        self.onListening = onListening
    }

    /// Serves until graceful shutdown or cancellation; throws `ListenError` when the address
    /// cannot be bound.
    public func run() async throws {
        let listening = ListeningFlag()
        let app = Application(
            router: site.router(), configuration: .init(address: .hostname(host, port: port)),
            onServerRunning: { [host, logger, onListening] channel in
                listening.set()
                let address = "\(host):\(channel.localAddress?.port ?? 0)"
                if ListenAddress.isLoopback(host) {
                    logger.info("serving /metrics, /healthz, /feed.xml and the web page", metadata: ["address": "\(address)"])
                } else {
                    logger.notice("serving /metrics, /healthz, /feed.xml and the web page beyond loopback",
                                  metadata: ["address": "\(address)"])
                }
                await onListening(address)
            }, logger: logger)
        do {
            try await app.run()
        } catch where !listening.isSet {
            throw ListenError(address: "\(host):\(port)", underlying: error)
        }
        logger.info("web server stopped", metadata: ["address": "\(host):\(port)"])
    }
}

/// Whether the server got as far as listening: an error before that is a `ListenError`.
private final class ListeningFlag: Sendable {
    private let state = Mutex(false)
    var isSet: Bool { state.withLock { $0 } }
    func set() { state.withLock { $0 = true } }
}
