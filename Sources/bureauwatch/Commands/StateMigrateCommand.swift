import ArgumentParser
import Foundation
import Logging
import WatchDaemon
import WatchPostgres
import WatchStateMigration
import WatchStore

/// `bureauwatch state migrate --to postgres://…`: copies the SQLite state into an empty PostgreSQL
/// database, ids kept, all or nothing. It takes the state folder's lock for the copy: with the
/// daemon running it refuses (stop the daemon, migrate, start it on `store: postgres://…`), and no
/// daemon can start on the folder half-way through.
struct StateMigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Copy the SQLite state into an empty PostgreSQL database (ids kept; all or nothing).",
        discussion: """
            Stop the daemon first: the copy refuses while it holds the state folder. Exit 0 copied; \
            1 the copy failed (nothing written); 2 bad usage, no state, a running daemon or a \
            database that is not empty.
            """)
    @OptionGroup var options: ConfigOption
    @OptionGroup var logging: LoggingOption
    @Option(name: .long, help: "The PostgreSQL database to fill: postgres://user[:password]@host[:port]/database")
    var to: String
    @Option(name: .long, help: "The SQLite file to copy (default: the config's state folder's).")
    var from: String?

    func run() async throws {
        let logger = try logging.makeLogger()
        let url: PostgresStoreURL
        do {
            url = try PostgresStoreURL(to)
        } catch {
            throw ValidationError("--to \(to): \(error)")
        }
        let path = try sqlitePath()
        let lock = try Self.lockState(folder: (path as NSString).deletingLastPathComponent)
        try Self.upgradeSQLite(path, logger: logger)
        let report = try await Self.copy(path, to: url, logger: logger)
        withExtendedLifetime(lock) {}
        print(Self.summary(report, from: path, to: url.redacted))
    }

    /// `--from`, else the SQLite file of the config's state folder; exit 2 when there is none.
    private func sqlitePath() throws -> String {
        var path = from
        if path == nil {
            let config = try options.loadConfig()
            guard case .sqlite = config.store else {
                throw ValidationError("the config's store is already PostgreSQL; name the SQLite file with --from")
            }
            path = (config.stateDir as NSString).appendingPathComponent(Runtime.databaseName)
        }
        guard let path, FileManager.default.fileExists(atPath: path) else {
            Self.fail("no SQLite state at \(path ?? "")")
        }
        return path
    }

    private static func lockState(folder: String) throws -> InstanceLock {
        do {
            return try InstanceLock(stateDir: folder.isEmpty ? "." : folder)
        } catch let refused as InstanceLock.Refused {
            fail("\(refused); stop the daemon first, then migrate")
        }
    }

    /// Brings an older file up to the schema the copy expects, as any command opening it would.
    private static func upgradeSQLite(_ path: String, logger: Logger) throws {
        do {
            _ = try SQLiteStore(path: path, logger: logger)
        } catch {
            fail("cannot open the SQLite state \(path): \(error)")
        }
    }

    private static func copy(_ path: String, to url: PostgresStoreURL, logger: Logger) async throws
        -> StateMigrationReport
    {
        do {
            return try await StateMigration.run(sqlitePath: path, to: url, logger: logger)
        } catch let refused as StateMigrationError {
            if case .targetNotEmpty = refused { fail("\(refused)") }
            FileHandle.standardError.write(Data("error: \(refused); nothing was copied\n".utf8))
        } catch {
            FileHandle.standardError.write(
                Data(
                    "error: the copy into \(url.redacted) failed, nothing was written: \(String(reflecting: error))\n"
                        .utf8))
        }
        throw ExitCode(1)
    }

    /// Prints `message` as an error and ends the command with exit 2.
    private static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        Foundation.exit(2)
    }

    static func summary(_ report: StateMigrationReport, from path: String, to url: String) -> String {
        let rows = report.tables.map { [$0.table, String($0.rows), String(format: "%.1f s", $0.seconds)] }
        var lines = [
            "copied \(path) into \(url) in \(String(format: "%.1f", report.seconds)) s "
                + "(\(Int(report.rowsPerSecond.rounded())) rows/s)",
            TextTable.format([["table", "rows", "time"]] + rows + [["total", String(report.totalRows)]]),
        ]
        if !report.leftColumns.isEmpty {
            lines.append("not copied (no such PostgreSQL column): " + report.leftColumns.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }
}
