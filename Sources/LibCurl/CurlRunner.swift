/// Runs transfers off Swift's cooperative pool, all of them in one libcurl multi handle on one
/// thread of their own (`CurlTransferLoop`), so a slow server cannot starve other tasks, a
/// process does not make a thread per transfer, and transfers to one host reuse its live
/// connections. Cancelling the calling task stops the transfer within milliseconds
/// (`CurlCancellation` wakes the loop).
public final class CurlRunner: Sendable {
    /// The runner every `CurlTransport` uses unless given its own: one libcurl thread and one
    /// connection cache per process.
    public static let shared = CurlRunner()

    private let loop: Result<CurlTransferLoop, CurlError>

    /// - Parameter maxIdleHandles: easy handles kept between transfers (each keeps its TLS
    ///   session cache).
    public init(maxIdleHandles: Int = 16) {
        do {
            loop = .success(try CurlTransferLoop(maxIdleHandles: maxIdleHandles))
        } catch {
            loop = .failure(error as? CurlError ?? CurlError(code: -1, message: "\(error)"))
        }
    }

    deinit {
        if case .success(let loop) = loop { loop.stop() }
    }

    /// Runs one transfer to its end; a failure is a value.
    public func run(_ request: CurlRequest) async -> Result<CurlResult, CurlError> {
        let loop: CurlTransferLoop
        switch self.loop {
        case .success(let running): loop = running
        case .failure(let error): return .failure(error)
        }
        let cancellation = CurlCancellation()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                loop.submit(.init(request: request, cancellation: cancellation) { continuation.resume(returning: $0) })
            }
        } onCancel: {
            cancellation.cancel()
        }
    }
}
