import CCurl
import Foundation

/// Lets any thread stop a running transfer: it sets a flag the transfer checks and wakes the
/// multi handle's poll, so a transfer stuck on a silent server ends at once.
///
/// `@unchecked Sendable`: every stored property is read and written only under `lock`, and
/// `curl_multi_wakeup` is documented as callable from any thread while the multi handle lives;
/// the owning thread detaches the handle (under the lock) before it may be freed.
public final class CurlCancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false
    private var multi: UnsafeMutableRawPointer?

    public init() {}

    public var isCancelled: Bool { lock.withLock { cancelled } }

    /// Marks the transfer cancelled and wakes its poll; harmless before or after the transfer.
    public func cancel() {
        lock.withLock {
            cancelled = true
            if let multi { curl_multi_wakeup(multi) }
        }
    }

    /// Registers the multi handle a transfer is about to wait in; `false` if already cancelled.
    func attach(_ handle: UnsafeMutableRawPointer) -> Bool {
        lock.withLock {
            guard !cancelled else { return false }
            multi = handle
            return true
        }
    }

    func detach() { lock.withLock { multi = nil } }
}
