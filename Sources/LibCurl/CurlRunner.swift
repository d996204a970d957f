import Foundation

/// Runs transfers on dedicated threads, never on Swift's cooperative pool, so a slow server
/// cannot starve other tasks. Cancelling the calling task stops the transfer within
/// milliseconds (`CurlCancellation` wakes the transfer's poll).
///
/// Handles are kept between transfers (up to `maxIdleHandles`) in one pool that is not keyed by
/// host: a transfer takes whichever idle pair is free, so it reuses a live connection, DNS answer
/// or TLS session only when that pair last talked to the same host (each multi handle keeps its
/// own connection cache).
public final class CurlRunner: Sendable {
    private let pool: CurlHandlePool

    public init(maxIdleHandles: Int = 16) {
        pool = CurlHandlePool(maxIdle: maxIdleHandles)
    }

    /// Runs one transfer to its end; a failure is a value.
    public func run(_ request: CurlRequest) async -> Result<CurlResult, CurlError> {
        let cancellation = CurlCancellation()
        let pool = self.pool
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let thread = Thread {
                    continuation.resume(returning: pool.transfer(request, cancellation: cancellation))
                }
                thread.name = "curl-transfer"
                thread.start()
            }
        } onCancel: {
            cancellation.cancel()
        }
    }
}

/// The idle easy+multi pairs between transfers.
///
/// `@unchecked Sendable`: `idle` is touched only under `lock`, and a `CurlHandlePair` taken
/// out of it belongs to exactly one thread until that thread puts it back, so no libcurl handle
/// is ever used by two threads at once.
final class CurlHandlePool: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [CurlHandlePair] = []
    private let maxIdle: Int

    init(maxIdle: Int) { self.maxIdle = maxIdle }

    /// Blocks the calling (dedicated) thread for the whole transfer.
    func transfer(_ request: CurlRequest, cancellation: CurlCancellation) -> Result<CurlResult, CurlError> {
        do {
            let pair = try take()
            defer { giveBack(pair) }
            try pair.easy.reset()
            try pair.easy.configure(request)
            return .success(try pair.multi.perform(pair.easy, cancellation: cancellation))
        } catch let error as CurlError {
            return .failure(error)
        } catch {
            return .failure(CurlError(code: -1, message: "\(error)"))
        }
    }

    private func take() throws -> CurlHandlePair {
        if let pair = lock.withLock({ idle.popLast() }) { return pair }
        return CurlHandlePair(easy: try CurlEasy(), multi: try CurlMulti())
    }

    private func giveBack(_ pair: CurlHandlePair) {
        lock.withLock {
            if idle.count < maxIdle { idle.append(pair) }
        }
    }
}

/// An easy handle and the multi handle that drives it (and holds its connection cache).
final class CurlHandlePair {
    let easy: CurlEasy
    let multi: CurlMulti

    init(easy: CurlEasy, multi: CurlMulti) {
        self.easy = easy
        self.multi = multi
    }
}
