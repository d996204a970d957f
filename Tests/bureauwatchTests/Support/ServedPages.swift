import Dispatch
import Synchronization
import WatchTesting

/// The article pages a publishing site served, counted per client (its User-Agent: a daemon of
/// the fleet) and announced on `signal`, so a test can act right after one (a SIGKILL while the
/// page is stored and written). `PublishingSite` and `PublishingSources` keep theirs in one.
final class ServedPages: Sendable {
    /// Signalled once per article page served.
    let signal = DispatchSemaphore(value: 0)
    private let counts = Mutex<[String: Int]>([:])

    /// Counts the page `request` asked for, then signals it.
    func record(_ request: RecordedRequest) {
        counts.withLock { $0[request.header("User-Agent") ?? "", default: 0] += 1 }
        signal.signal()
    }

    /// Pages served so far, to every client.
    var total: Int { counts.withLock { $0.values.reduce(0, +) } }

    /// Pages served so far to the client with User-Agent `agent`.
    func count(to agent: String) -> Int { counts.withLock { $0[agent, default: 0] } }
}
