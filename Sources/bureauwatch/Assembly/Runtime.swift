import ArgumentParser
import Foundation
import Logging
import WatchConfig
import WatchCore
import WatchDaemon
import WatchDeliver
import WatchFetch
import WatchPipeline
import WatchPostgres
import WatchStore

/// The pieces one config assembles into, shared by `fetch` and `run`: the state folder's lock and
/// store, the polite fetcher, the ingest with its dedup index, the poll cycle and the delivery worker.
struct Runtime: Sendable {
    let config: Config
    /// The state folder's lock: one daemon per SQLite state. Nil on PostgreSQL, where several
    /// daemons may share one config, state folder and watch folder.
    let lock: InstanceLock?
    let store: any Store
    /// The same store when it is SQLite (the file guard); nil on PostgreSQL.
    let sqliteStore: SQLiteStore?
    let ingest: ArticleIngest
    let cycle: PollCycle
    let worker: DeliveryWorker
    /// What `/healthz` checks.
    let health: HealthProbe
    let logger: Logger

    /// The database file inside the state folder.
    static let databaseName = "bureauwatch.sqlite"

    /// Takes the state folder (refusing a second instance) and opens the store (the dedup index is
    /// read at the first ingest).
    /// `lostCheck` is the config whose database and watch folder the lost-database check looks
    /// at (`fetch --dry-run` runs on scratch ones but must decide as the real run would).
    /// `daemonID` names this process in a shared store (leases, `sources`, `/metrics`).
    static func open(
        _ config: Config, lostCheck: Config? = nil, daemonID: String = DaemonIdentity.current(),
        postgres: PostgresStore? = nil, logger: Logger
    ) async throws -> Runtime {
        let real = lostCheck ?? config
        let databaseWasNew = LostStoreCheck.isNew(
            databaseAt: (real.stateDir as NSString).appendingPathComponent(databaseName))
        try FileManager.default.createDirectory(atPath: config.stateDir, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: config.watchDir, withIntermediateDirectories: true)
        let shared = config.store.isShared
        let lock = shared ? nil : try InstanceLock(stateDir: config.stateDir)
        // A kill between a watch file's write and its rename leaves the temporary behind. The
        // page's store transaction died with it, so the next poll writes the file again: the
        // leftover is only litter. The lock above makes sure no live writer owns it; a shared
        // folder's other daemons may be writing, so there only old ones go.
        let leftovers = try AtomicFile.removeLeftovers(
            in: config.watchDir, olderThan: shared ? AtomicFile.sharedLeftoverAge : nil)
        if !leftovers.isEmpty {
            logger.info("removed temporary files a stopped run left", metadata: ["count": "\(leftovers.count)"])
        }
        let clock = SystemClock()
        let databasePath = (config.stateDir as NSString).appendingPathComponent(databaseName)
        let opened = try await StoreOpening.open(
            config, clock: clock, daemonID: daemonID, running: postgres, logger: logger)
        let store = opened.store
        await OrphanSources.log(store: store, config: config, logger: logger)
        let transport = CurlTransport(logger: logger)
        let fetcher = PoliteFetcher(
            transport: transport, validators: store, clock: clock,
            globalConcurrency: config.concurrency, logger: logger)
        let publisher = ArticlePublisher(folder: WatchFolder(path: config.watchDir))
        let ingest = try await ArticleIngest(
            store: store, publisher: publisher, webhooks: config.notify,
            sources: config.sources, clock: clock, logger: logger)
        let archive =
            config.archive
            ? WARCWriter(folder: (config.stateDir as NSString).appendingPathComponent("archive")) : nil
        let lost = try await LostStoreCheck.storeWasLost(
            store: store,
            databaseWasNew: opened.sqlite == nil ? opened.wasNew : databaseWasNew,
            watchDir: real.watchDir, logger: logger)
        let poller = SourcePoller(
            fetcher: fetcher, store: store, ingest: ingest, clock: clock, archive: archive,
            failingAfter: config.failingAfter, rebaselineAll: lost, logger: logger)
        let cycle = PollCycle(
            poller: poller, store: store, watchDir: config.watchDir, sources: config.sources,
            feed: config.feed, logger: logger)
        let worker = DeliveryWorker(
            outbox: store, webhooks: config.notify,
            transport: CurlTransport(limits: .webhook, logger: logger), clock: clock,
            logger: logger)
        for unset in config.unsetVariables {
            logger.error(
                "a webhook's variable is not set; its deliveries wait until it is", metadata: ["error": "\(unset)"])
        }
        let health = HealthProbe(
            store: store, databasePath: opened.sqlite == nil ? nil : databasePath, watchDir: config.watchDir,
            clock: clock)
        return Runtime(
            config: config, lock: lock, store: store, sqliteStore: opened.sqlite, ingest: ingest, cycle: cycle,
            worker: worker,
            health: health, logger: logger)
    }
}

extension Runtime {
    /// `open`, with a refused lock or an unusable state folder reported plainly and exit 2.
    static func openOrExit(
        _ config: Config, lostCheck: Config? = nil, daemonID: String = DaemonIdentity.current(),
        postgres: PostgresStore? = nil, logger: Logger
    ) async throws -> Runtime {
        do {
            return try await open(config, lostCheck: lostCheck, daemonID: daemonID, postgres: postgres, logger: logger)
        } catch let refused as InstanceLock.Refused {
            FileHandle.standardError.write(Data("error: \(refused)\n".utf8))
        } catch {
            FileHandle.standardError.write(
                Data("error: cannot open the state folder \(config.stateDir): \(error)\n".utf8))
        }
        throw ExitCode(2)
    }
}
