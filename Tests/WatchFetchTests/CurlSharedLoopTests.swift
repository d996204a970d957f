import Foundation
import LibCurl
import Synchronization
import Testing
import WatchCore
import WatchFetch
import WatchTesting

/// Every transfer of a runner runs in one libcurl multi handle on one thread (issue 19: not a
/// thread and a multi handle per transfer), and transfers to a host reuse its connections.
/// Serialized: each test makes a runner (a thread) of its own, and the thread count must see one.
@Suite(.serialized) struct CurlSharedLoopTests {
    /// Threads of this process named as libcurl's loop thread (Linux keeps names in /proc).
    func curlThreads() throws -> Int {
        let tasks = try FileManager.default.contentsOfDirectory(atPath: "/proc/self/task")
        return tasks.count { task in
            let name = (try? String(contentsOfFile: "/proc/self/task/\(task)/comm", encoding: .utf8)) ?? ""
            return name.trimmingCharacters(in: .newlines) == "curl-transfers"
        }
    }

    @Test func twelveTransfersAtOnceRunOnOneThread() async throws {
        let inFlight = 12
        let release = Mutex(false)
        let server = try LoopbackHTTPServer { _ in
            // Hold every answer until the test has looked at the threads (bounded).
            let deadline = Date().addingTimeInterval(30)
            while !release.withLock({ $0 }), Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
            return .text("ok")
        }
        defer { server.stop() }
        let transport = CurlTransport(runner: CurlRunner(), logger: quietLogger)
        let transfers = Task {
            await withTaskGroup(of: Int.self) { group in
                for page in 0..<inFlight {
                    group.addTask {
                        (try? await transport.send(HTTPRequest(url: server.baseURL + "/p\(page)")).get().status) ?? 0
                    }
                }
                return await group.reduce(into: [Int]()) { $0.append($1) }
            }
        }
        // Waits asleep: a loop of `Task.yield()` here kept a thread of the cooperative pool busy,
        // and in one run beside the parallel suites no transfer had started after its 10 s (no
        // libcurl thread yet).
        let arrived = await server.waitForRequests(inFlight, within: .seconds(30))
        let threads = try curlThreads()
        release.withLock { $0 = true }
        let statuses = await transfers.value
        #expect(arrived && server.requests.count == inFlight, "\(server.requests.count) requests arrived")
        // This runner's thread and at most the shared runner's (other suites may use it).
        #expect((1...2).contains(threads), "\(threads) libcurl threads for \(inFlight) transfers")
        #expect(statuses.allSatisfy { $0 == 200 })
    }

    @Test func laterTransfersToAHostReuseItsConnections() async throws {
        let server = try LoopbackHTTPServer { _ in .text("ok") }
        defer { server.stop() }
        let transport = CurlTransport(runner: CurlRunner(), logger: quietLogger)
        for round in 0..<3 {
            await withTaskGroup(of: Void.self) { group in
                for page in 0..<4 {
                    group.addTask { _ = await transport.send(HTTPRequest(url: server.baseURL + "/r\(round)/\(page)")) }
                }
            }
        }
        let connections = Set(server.requests.map(\.connection))
        #expect(server.requests.count == 12)
        // A multi handle per transfer would open one connection per request.
        #expect(connections.count <= 4, "\(connections.count) connections for 12 requests in rounds of 4")
    }
}
