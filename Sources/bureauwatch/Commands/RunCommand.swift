import ArgumentParser
import Foundation
import Logging
import ServiceLifecycle
import WatchConfig
import WatchCore
import WatchDaemon
import WatchWeb

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the daemon: poll every source on its schedule, deliver, serve /metrics and the web page.")
    @OptionGroup var options: ConfigOption
    @OptionGroup var logging: LoggingOption

    func run() async throws {
        let logger = try logging.makeLogger()
        let config = try options.loadConfig()
        let daemonID = DaemonIdentity.current()
        let postgres = try StoreOpening.postgresStore(config, daemonID: daemonID, logger: logger)
        // The PostgreSQL client first: the group stops services in reverse order, so it stops last.
        // Each service is named: the group's default name is the service described, which for
        // one holding the config is every source written out (megabytes at 10 000 sources).
        var services: [ServiceGroupConfiguration.ServiceConfiguration] =
            postgres.map { [.init(service: $0, serviceName: "postgres-client")] } ?? []
        services.append(
            .init(
                service: DaemonService(
                    config: config, configPath: ConfigLoader.path(option: options.config), daemonID: daemonID,
                    postgres: postgres, logger: logger),
                serviceName: "daemon"))
        let group = ServiceGroup(
            configuration: .init(
                services: services, gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger))
        do {
            try await group.run()
        } catch let refused as WebService.ListenError {
            FileHandle.standardError.write(Data("error: \(refused)\n".utf8))
            throw ExitCode(2)
        }
        logger.info("bureauwatch stopped")
    }
}
