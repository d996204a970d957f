import Foundation
import PostgresNIO
import Testing
import WatchCore
import WatchPostgres
import WatchStore
import WatchTesting

@testable import WatchStateMigration

/// `state migrate` to a server that cannot be reached: the copy fails saying so once its wait for
/// a connection is over. postgres-nio's pool keeps a request for a connection waiting for as long
/// as it cannot connect, and the command hung without a word until it was killed.
@Suite struct StateMigrationUnreachableTests {
    @Test func aCopyToAServerNobodyAnswersFailsSayingSo() async throws {
        let folder = try StoreFixture.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bureauwatch.sqlite").path
        _ = try SQLiteStore(path: path, clock: FixedClock(), logger: quietLogger)
        let refusing = try RefusingPort()
        let client = PostgresClient(
            configuration: .init(
                host: "127.0.0.1", port: Int(refusing.port), username: "nobody", password: nil, database: "nothing",
                tls: .disable),
            backgroundLogger: quietLogger)
        let outcome = await withTaskGroup(of: (any Error)?.self) { group in
            group.addTask {
                await client.run()
                return nil
            }
            let copy = Task { () -> (any Error)? in
                do {
                    _ = try await StateMigration(
                        sqlitePath: path, client: client, connectionWait: .seconds(1), logger: quietLogger
                    ).run()
                    return nil
                } catch {
                    return error
                }
            }
            let outcome = await TaskDeadline.value(of: copy, within: .seconds(60))
            group.cancelAll()
            return outcome
        }
        let error = try #require(outcome, "the copy still waits for a connection after 60 s")
        #expect(error is PostgresUnreachable, "\(String(describing: error))")
    }
}
