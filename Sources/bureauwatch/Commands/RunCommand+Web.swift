import Foundation
import Logging
import ServiceLifecycle
import WatchConfig
import WatchDaemon
import WatchDedup
import WatchDeliver
import WatchWeb

extension RunCommand {
    /// `/metrics` and `/healthz` (answered by `HTTPEndpoint` as before), `/feed.xml` and the web
    /// page, on the `metrics:` address. A port already taken stops the daemon (exit 2) after a
    /// graceful shutdown of the other services.
    static func webService(
        _ config: Config, runtime: Runtime, box: ConfigBox, observations: DaemonObservations,
        logger: Logger
    ) throws -> ServiceGroupConfiguration.ServiceConfiguration {
        let endpoint = HTTPEndpoint(metrics: observations.metrics) { observations.healthReport }
        let site = try WebSite(
            store: runtime.store, feedPath: (config.watchDir as NSString).appendingPathComponent(AtomFeed.fileName),
            sources: { await box.config.sources }, webhooks: { await box.config.notify },
            plainPaths: ["/metrics", "/healthz"], plainHandler: endpoint.respond(to:),
            searchKey: try Self.searchKey())
        let service = WebService(site: site, host: config.metrics.host, port: config.metrics.port, logger: logger)
        return .init(service: service, failureTerminationBehavior: .gracefullyShutdownGroup, serviceName: "web")
    }

    /// The store keeps the normalized (simplified) text: a query is normalized the same way, as
    /// `articles search` does, so a traditional 郵政 finds 邮政.
    static func searchKey() throws -> @Sendable (String) -> String {
        let normalizer = try Normalizer()
        return { query in (try? normalizer.normalize(query).display) ?? query }
    }
}
