import CCurl

/// One libcurl multi handle: it drives an easy handle without blocking in libcurl for longer
/// than one poll, and it can be woken from another thread (`CurlCancellation` uses that to
/// stop a transfer at once). It keeps the connection cache, so an easy handle that runs in the
/// same multi again reuses its live connections. Used by one thread at a time, like `CurlEasy`.
public final class CurlMulti {
    let handle: UnsafeMutableRawPointer

    /// How long one wait for socket activity may last. Cancellation wakes the wait early, so
    /// this only bounds how stale libcurl's own timers (timeouts, low speed) can get.
    static let pollMilliseconds: Int32 = 250

    public init() throws {
        CurlGlobal.ensureInitialized()
        guard let handle = curl_multi_init() else {
            throw CurlError(code: -1, message: "curl_multi_init returned NULL")
        }
        self.handle = handle
    }

    deinit { curl_multi_cleanup(handle) }

    /// Runs `easy`'s transfer to its end inside this multi handle, blocking the calling thread.
    /// When `cancellation` is cancelled (from any thread) the transfer stops within a poll.
    public func perform(_ easy: CurlEasy, cancellation: CurlCancellation) throws -> CurlResult {
        try easy.prepareTransfer()
        easy.setAbortCheck { cancellation.isCancelled }
        try check(curl_multi_add_handle(handle, easy.handle))
        defer { curl_multi_remove_handle(handle, easy.handle) }
        guard cancellation.attach(handle) else { throw CurlError.cancelled }
        defer { cancellation.detach() }
        let code = try drive(easy, cancellation: cancellation)
        return try easy.finishTransfer(code)
    }

    /// Performs and polls until libcurl reports the easy handle done; returns its code.
    private func drive(_ easy: CurlEasy, cancellation: CurlCancellation) throws -> CURLcode {
        while true {
            var running: Int32 = 0
            try check(curl_multi_perform(handle, &running))
            if let code = completion(of: easy) { return code }
            if cancellation.isCancelled { throw CurlError.cancelled }
            try check(curl_multi_poll(handle, nil, 0, Self.pollMilliseconds, nil))
        }
    }

    /// The result code once libcurl has queued its "done" message for `easy`.
    private func completion(of easy: CurlEasy) -> CURLcode? {
        var queued: Int32 = 0
        while let message = curl_multi_info_read(handle, &queued) {
            if message.pointee.msg == CURLMSG_DONE, message.pointee.easy_handle == easy.handle {
                return message.pointee.data.result
            }
        }
        return nil
    }

    private func check(_ code: CURLMcode) throws {
        guard code != CURLM_OK else { return }
        throw CurlError(code: -Int(code.rawValue), message: String(cString: curl_multi_strerror(code)))
    }
}
