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

    /// The demo site (`FetchEndToEndTests.site`); `webhook`: the URL of the config's one
    /// webhook (`FetchEndToEndTests.config`), if any.
    init(_ backend: StoreBackend, webhook: String? = nil) async throws {
        try await self.init(backend) { folder, store in
            let server = try LoopbackHTTPServer(handler: StaticSite(root: FetchEndToEndTests.site).reply)
            return (server, try FetchEndToEndTests.config(for: server, in: folder, webhook: webhook, store: store))
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

    /// The state folder the config names, where SQLite keeps its file (and `archive: true` its WARCs).
    var stateFolder: URL { folder.url.appendingPathComponent("state") }

    /// Stops the site (the state and folder go with the fixture).
    func stop() { server.stop() }
}
