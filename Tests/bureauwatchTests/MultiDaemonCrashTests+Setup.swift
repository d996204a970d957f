import Foundation
import WatchTesting

extension MultiDaemonCrashTests {
    /// One daemon's config: the shared PostgreSQL and watch folder, a state folder of its own
    /// (the instance lock is per folder), and a User-Agent that names it to the site.
    static func config(
        daemon id: String, store: String, site: LoopbackHTTPServer, receiver: LoopbackHTTPServer,
        in folder: URL
    ) throws -> URL {
        let own = folder.appendingPathComponent(id)
        try FileManager.default.createDirectory(at: own, withIntermediateDirectories: true)
        var text = """
            store: \(store)
            state_dir: \(own.appendingPathComponent("state").path)
            watch_dir: \(folder.appendingPathComponent("watch").path)
            concurrency: 32
            metrics: { enabled: false }
            defaults:
              interval: \(Int(interval))s
              jitter: 0%
              timeout: \(Int(timeout))s
              baseline: false
              robots: false
              user_agent: "\(DaemonFleet.agent(of: id))"
              per_host: { concurrency: 16, delay: 0s }
            sources:

            """
        for source in 0..<sources {
            let url = site.baseURL + PublishingSources.listPath(source: source)
            text += "  - { id: s\(source), name: 监测点\(source), kind: bureau, url: \"\(url)\" }\n"
        }
        text += "notify:\n"
        for hook in webhooks {
            text += "  - { id: \(hook), url: \"\(receiver.baseURL)/\(hook)\", format: json, events: [article.new] }\n"
        }
        let file = own.appendingPathComponent("sources.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    /// The fleet's configs, one per daemon id.
    static func fleet(
        store: String, site: LoopbackHTTPServer, receiver: LoopbackHTTPServer, in folder: URL
    ) throws -> DaemonFleet {
        let configs = try daemonIDs.map { id in
            (id: id, config: try config(daemon: id, store: store, site: site, receiver: receiver, in: folder))
        }
        return DaemonFleet(configs: configs, folder: folder)
    }
}
