import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Accepts connections on a listening socket and serves each on its own thread, up to a cap;
/// `stop` ends the accept loop and every open connection. Shared by the production endpoint
/// and the test fixture server, which differ only in what they do with a connection.
public final class SocketListener: Sendable {
    /// Serves one accepted connection until it should close; the listener closes it after.
    public typealias Serve = @Sendable (Int32) -> Void

    /// The port the socket is bound to.
    public let port: UInt16
    private let listener: Int32
    private let tracker: ConnectionTracker
    private let serve: Serve
    private let refuse: Serve

    /// Starts accepting on `listener` (already bound and listening; owned from here on, and
    /// closed if this throws) at once. A connection
    /// beyond `maxConnections` is handed to `refuse` on the accept thread, then closed.
    public init(
        listener: Int32, name: String, maxConnections: Int = .max,
        serve: @escaping Serve, refuse: @escaping Serve = { _ in }
    ) throws {
        self.listener = listener
        do {
            port = try Socket.boundPort(listener)
        } catch {
            close(listener)
            throw error
        }
        tracker = ConnectionTracker(listener: listener, limit: maxConnections)
        self.serve = serve
        self.refuse = refuse
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "\(name)-accept"
        thread.start()
    }

    public var isStopped: Bool { tracker.isStopped }

    /// Connections being served now.
    public var openConnections: Int { tracker.openCount }

    /// Stops accepting and shuts down every open connection; the accept thread closes the
    /// listening socket as it leaves (see `waitUntilStopped`).
    public func stop() { tracker.stop() }

    /// Returns once the listening socket and every connection are closed (after `stop`).
    public func waitUntilStopped() async {
        await tracker.waitUntilDone()
    }

    /// Runs until `stop` shuts the socket down, which makes `accept` fail with EINVAL.
    private func acceptLoop() {
        defer { tracker.acceptLoopDidEnd() }
        while true {
            let client = accept(listener, nil, nil)
            guard client >= 0 else {
                let code = errno
                if code == EINTR || code == ECONNABORTED { continue }
                guard Self.outOfResources(code), !tracker.isStopped else { return }
                Thread.sleep(forTimeInterval: Self.resourceBackoff)
                continue
            }
            _ = fcntl(client, F_SETFD, FD_CLOEXEC) // accept4 is not visible from Swift here
            Socket.disableNagle(client)
            switch tracker.track(client) {
            case .admitted: spawn(client)
            case .full:
                refuse(client)
                close(client)
            case .stopped:
                close(client)
                return
            }
        }
    }

    /// Out of file descriptors or memory: the listener stays up and retries after a pause,
    /// since connections closing will free what it needs.
    private static func outOfResources(_ code: Int32) -> Bool {
        code == EMFILE || code == ENFILE || code == ENOBUFS || code == ENOMEM
    }

    /// How long the accept loop waits before retrying when out of resources.
    private static let resourceBackoff: TimeInterval = 0.1

    private func spawn(_ client: Int32) {
        let thread = Thread { [self] in
            serve(client)
            tracker.untrack(client)
            close(client)
        }
        thread.name = "connection"
        thread.start()
    }
}
