import Foundation
import WatchTesting

/// What a crash test runs its daemons against: the publishing site on loopback, a webhook
/// receiver that logs every delivery, and a scratch folder for configs, state and watch files.
struct CrashScene {
    let server: LoopbackHTTPServer
    let deliveries = DeliveryLog()
    let receiver: LoopbackHTTPServer
    let folder: TemporaryFolder

    init(site: @escaping LoopbackHTTPServer.Handler) throws {
        server = try LoopbackHTTPServer(handler: site)
        receiver = try LoopbackHTTPServer(handler: deliveries.reply)
        folder = try TemporaryFolder()
    }

    func stop() {
        server.stop()
        receiver.stop()
    }
}
