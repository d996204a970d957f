import ArgumentParser
import Logging
import ServiceLifecycle
import WatchConfig
import WatchDaemon

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run the daemon: poll every source on its schedule, deliver, serve /metrics.")
    @OptionGroup var options: ConfigOption
    @OptionGroup var logging: LoggingOption

    func run() async throws {
        let logger = try logging.makeLogger()
        let config = try options.loadConfig()
        let runtime = try await Runtime.openOrExit(config, logger: logger)
        let notifier = SystemdNotifier()
        let box = ConfigBox(config)
        var services: [any Service] = [
            SchedulerService(runtime: runtime, box: box, notifier: notifier, logger: logger),
            DeliveryService(worker: runtime.worker),
            ReloadService(path: ConfigLoader.path(option: options.config), runtime: runtime, box: box,
                          notifier: notifier, logger: logger),
        ]
        if let interval = SystemdNotifier.watchdogInterval() {
            services.append(WatchdogService(interval: interval, notifier: notifier))
        }
        logger.info("bureauwatch started", metadata: ["sources": "\(config.sources.count)", "state": "\(config.stateDir)"])
        let group = ServiceGroup(configuration: .init(services: services, gracefulShutdownSignals: [.sigterm, .sigint],
                                                      logger: logger))
        try await group.run()
        logger.info("bureauwatch stopped")
    }
}
