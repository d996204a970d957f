import CCurl

/// One libcurl multi handle. It keeps the connection and DNS caches, so every transfer run in
/// it reuses live connections to its host. Driven by one thread (`CurlTransferLoop`); only
/// `wakeup()` may be called from other threads, as libcurl documents.
public final class CurlMulti {
    let handle: UnsafeMutableRawPointer

    public init() throws {
        CurlGlobal.ensureInitialized()
        guard let handle = curl_multi_init() else {
            throw CurlError(code: -1, message: "curl_multi_init returned NULL")
        }
        self.handle = handle
    }

    deinit { curl_multi_cleanup(handle) }

    /// Keeps up to `count` idle connections (over all hosts) for reuse.
    func setMaxConnections(_ count: Int) throws {
        try check(bw_multi_setopt_long(handle, CURLMOPT_MAXCONNECTS, count))
    }

    /// Starts driving `easy`'s transfer (its options set and `prepareTransfer` done).
    func add(_ easy: CurlEasy) throws {
        try check(curl_multi_add_handle(handle, easy.handle))
    }

    /// Stops driving `easy`; its connection goes back to the cache when it can be reused.
    func remove(_ easy: CurlEasy) {
        curl_multi_remove_handle(handle, easy.handle)
    }

    /// Moves every transfer as far as it can go without blocking.
    func performOnce() throws {
        var running: Int32 = 0
        try check(curl_multi_perform(handle, &running))
    }

    /// The transfers that ended since the last call: each easy handle with its result code.
    func finishedTransfers() -> [(easy: UnsafeMutableRawPointer, code: CURLcode)] {
        var finished: [(easy: UnsafeMutableRawPointer, code: CURLcode)] = []
        var queued: Int32 = 0
        while let message = curl_multi_info_read(handle, &queued) {
            if message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle {
                finished.append((easy, message.pointee.data.result))
            }
        }
        return finished
    }

    /// Waits up to `milliseconds` for socket activity, a libcurl timer or `wakeup()`.
    func poll(milliseconds: Int32) throws {
        try check(curl_multi_poll(handle, nil, 0, milliseconds, nil))
    }

    /// Ends a running or the next `poll` at once; callable from any thread.
    func wakeup() {
        curl_multi_wakeup(handle)
    }

    private func check(_ code: CURLMcode) throws {
        guard code != CURLM_OK else { return }
        throw CurlError(code: -Int(code.rawValue), message: String(cString: curl_multi_strerror(code)))
    }
}
