import ArgumentParser
import Foundation
import WatchConfig
import WatchCore
import WatchPipeline

struct FetchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch", abstract: "Poll every source (or the given ones) once, deliver, and exit.")
    @OptionGroup var options: ConfigOption
    @OptionGroup var logging: LoggingOption
    @Option(name: .customLong("source"), help: "Only this source id (repeatable).")
    var sources: [String] = []
    @Flag(
        name: .customLong("dry-run"),
        help: "Poll, extract and decide, print what would be new, updated or removed; write and send nothing.")
    var dryRun = false

    func run() async throws {
        let logger = try logging.makeLogger()
        let config = try options.loadConfig()
        let selected = try select(from: config)
        let preview = dryRun ? try DryRun.prepare(config) : nil
        defer { preview?.remove() }
        // An id of its own: on a shared store it takes each source's lease as a daemon does.
        let runtime = try await Runtime.openOrExit(
            preview?.config ?? config, lostCheck: preview.map { _ in config }, daemonID: DaemonIdentity.oneShot(),
            logger: logger)
        let progress = ProgressLine(total: selected.count)
        let reports = await runtime.cycle.run(selected) { report in progress.advance(report) }
        progress.finish()
        try? await runtime.store.releaseSourceLeases() // those of polls cut short; the rest ended with their record
        print(FetchTable.render(reports))
        if let preview {
            for file in preview.wouldWrite() { print("would write \(file)") }
            print("dry run: nothing was written to \(config.stateDir) or \(config.watchDir), nothing was sent")
        } else {
            let delivery = try await runtime.worker.drain()
            if delivery.delivered + delivery.retried + delivery.abandoned > 0 {
                print(
                    "deliveries: \(delivery.delivered) sent, \(delivery.retried) to retry, \(delivery.abandoned) abandoned"
                )
            }
        }
        if reports.contains(where: \.failed) { throw ExitCode(1) }
    }

    /// The sources `--source` names (all when none); an unknown id is a usage error.
    private func select(from config: Config) throws -> [SourceConfig] {
        guard !sources.isEmpty else { return config.sources }
        return try sources.map { id in
            guard let source = config.source(id) else {
                throw ValidationError(
                    "no source '\(id)' in \(config.file); known: \(config.sources.map(\.id).joined(separator: ", "))")
            }
            return source
        }
    }
}
