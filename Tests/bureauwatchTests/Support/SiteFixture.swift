import Foundation
import PostgresTesting
import WatchTesting

/// The start of the binary tests that fetch a loopback site: a state on one store backend, the
/// site on loopback, a scratch folder and a config polling the site with that store.
struct SiteFixture {
    let state: DaemonState
    let server: LoopbackHTTPServer
    let folder: TemporaryFolder
    let config: URL

    /// The demo site (`FetchEndToEndTests.site`).
    init(_ backend: StoreBackend) async throws {
        try await self.init(backend) { folder, store in
            let server = try LoopbackHTTPServer(handler: StaticSite(root: FetchEndToEndTests.site).reply)
            return (server, try FetchEndToEndTests.config(for: server, in: folder, store: store))
        }
    }

    /// Another site: `serve` writes it into the scratch folder, serves it and returns the server
    /// with a config that names `store` (the state's `store:` line).
    init(
        _ backend: StoreBackend, serve: (_ folder: URL, _ store: String?) throws -> (LoopbackHTTPServer, URL)
    ) async throws {
        state = try await DaemonState(backend)
        folder = try TemporaryFolder()
        (server, config) = try serve(folder.url, state.storeLine)
    }

    /// Stops the site (the state and folder go with the fixture).
    func stop() { server.stop() }
}
