import Foundation
import PostgresTesting
import WatchTesting

/// The start of the binary tests that fetch the demo site: a state on one store backend, the
/// site on loopback, a scratch folder and a config polling the site with that store.
struct DemoSiteFixture {
    let state: DaemonState
    let server: LoopbackHTTPServer
    let folder: TemporaryFolder
    let config: URL

    /// `webhook`: the URL of the config's one webhook (`FetchEndToEndTests.config`), if any.
    init(_ backend: StoreBackend, webhook: String? = nil) async throws {
        state = try await DaemonState(backend)
        server = try LoopbackHTTPServer(handler: StaticSite(root: FetchEndToEndTests.site).reply)
        folder = try TemporaryFolder()
        config = try FetchEndToEndTests.config(for: server, in: folder.url, webhook: webhook, store: state.storeLine)
    }

    /// The state folder the config names, where SQLite keeps its file (and `archive: true` its WARCs).
    var stateFolder: URL { folder.url.appendingPathComponent("state") }

    /// Stops the site (the state and folder go with the fixture).
    func stop() { server.stop() }
}
