import CCurl

/// One libcurl easy handle. It owns the handle, its header list and its error buffer,
/// and frees them in `deinit`. Not thread-safe: use a handle from one thread at a time.
public final class CurlEasy {
    let handle: UnsafeMutableRawPointer
    private var requestHeaders: UnsafeMutablePointer<curl_slist>?
    private let errorBuffer: UnsafeMutablePointer<CChar>
    /// Kept alive for as long as libcurl may read it (`CURLOPT_POSTFIELDS` does not copy).
    private var requestBody: [UInt8] = []
    var sink = TransferSink()
    /// Whether this transfer's cookie jar goes into its result.
    private var reportsCookies = false
    /// Whether the handle's cookie engine is on. It stays on through `curl_easy_reset`, and
    /// libcurl 7.88 keeps every `CURLOPT_COOKIEFILE` given until the handle is freed: turned on
    /// for each transfer, it grew the handle by 64 bytes a transfer.
    private var cookieEngineOn = false

    /// Creates a handle. Throws when libcurl cannot allocate one.
    public init() throws {
        CurlGlobal.ensureInitialized()
        guard let handle = curl_easy_init() else {
            throw CurlError(code: -1, message: "curl_easy_init returned NULL")
        }
        self.handle = handle
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        try setBaseOptions()
    }

    /// Options every transfer needs; set again after `reset()`.
    private func setBaseOptions() throws {
        try check(bw_easy_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer))
        // Signals are the host program's business; libcurl must not use SIGALRM for timeouts.
        try check(bw_easy_setopt_long(handle, CURLOPT_NOSIGNAL, 1))
    }

    /// Forgets every option of the previous transfer but keeps the handle's caches (DNS,
    /// TLS sessions, live connections), so the next transfer can reuse them.
    public func reset() throws {
        curl_easy_reset(handle)
        curl_slist_free_all(requestHeaders)
        requestHeaders = nil
        requestBody = []
        sink = TransferSink()
        reportsCookies = false
        try setBaseOptions()
        // The jar outlives the reset too: the next transfer starts with none.
        if cookieEngineOn { try setString(CURLOPT_COOKIELIST, "ALL") }
    }

    deinit {
        curl_easy_cleanup(handle)
        curl_slist_free_all(requestHeaders)
        errorBuffer.deallocate()
    }

    /// The libcurl version string, e.g. `libcurl/7.88.1 OpenSSL/3.0.19 zlib/1.2.13`.
    public static var version: String { String(cString: curl_version()) }

    // MARK: options

    public func setURL(_ url: String) throws { try setString(CURLOPT_URL, url) }
    public func setUserAgent(_ agent: String) throws { try setString(CURLOPT_USERAGENT, agent) }
    /// Sends this body with POST.
    public func setPostBody(_ body: [UInt8]) throws {
        requestBody = body
        try check(bw_easy_setopt_long(handle, CURLOPT_POSTFIELDSIZE, body.count))
        try requestBody.withUnsafeMutableBytes { raw in
            try check(bw_easy_setopt_pointer(handle, CURLOPT_POSTFIELDS, raw.baseAddress))
        }
    }
    /// Replaces the request headers (each `Name: value`).
    public func setHeaders(_ lines: [String]) throws {
        var list: UnsafeMutablePointer<curl_slist>?
        for line in lines {
            guard let appended = curl_slist_append(list, line) else {
                curl_slist_free_all(list)
                throw CurlError(code: -1, message: "curl_slist_append failed")
            }
            list = appended
        }
        try check(bw_easy_setopt_slist(handle, CURLOPT_HTTPHEADER, list))
        curl_slist_free_all(requestHeaders)
        requestHeaders = list
    }
    public func setConnectTimeout(milliseconds: Int) throws { try setLong(CURLOPT_CONNECTTIMEOUT_MS, milliseconds) }
    public func setTimeout(milliseconds: Int) throws { try setLong(CURLOPT_TIMEOUT_MS, milliseconds) }
    /// Aborts when fewer than `bytesPerSecond` arrive for `seconds` in a row.
    public func setLowSpeedLimit(bytesPerSecond: Int, seconds: Int) throws {
        try setLong(CURLOPT_LOW_SPEED_LIMIT, bytesPerSecond)
        try setLong(CURLOPT_LOW_SPEED_TIME, seconds)
    }
    /// Follows at most `maxRedirects` redirects (0 turns following off).
    public func setRedirects(max maxRedirects: Int) throws {
        try setLong(CURLOPT_FOLLOWLOCATION, maxRedirects > 0 ? 1 : 0)
        try setLong(CURLOPT_MAXREDIRS, maxRedirects)
    }
    /// Protocols allowed for the first request and for redirects, e.g. `"http,https"`.
    public func setAllowedProtocols(_ list: String) throws {
        try setString(CURLOPT_PROTOCOLS_STR, list)
        try setString(CURLOPT_REDIR_PROTOCOLS_STR, list)
    }
    /// Asks for every content encoding this libcurl decodes, and decodes the body.
    public func acceptAllEncodings() throws { try setString(CURLOPT_ACCEPT_ENCODING, "") }
    /// `nil` leaves libcurl's default: the usual proxy environment variables.
    public func setProxy(_ proxy: String?) throws {
        if let proxy { try setString(CURLOPT_PROXY, proxy) }
    }
    /// Refuses a transfer whose body would exceed `bytes` (checked as data arrives too).
    public func setMaxBodySize(_ bytes: Int) throws {
        sink.bodyLimit = bytes
        try check(bw_easy_setopt_off_t(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(bytes)))
    }
    /// Keeps the first `bytes` of the body and ends the transfer there, as a success.
    public func truncateBody(at bytes: Int) {
        sink.bodyLimit = bytes
        sink.truncatesAtLimit = true
    }
    /// Turns the cookie engine on with exactly `lines` in its jar (`curl_easy_reset` keeps a
    /// handle's cookies, so the jar is emptied first); `collectResult` reports the jar after.
    public func startCookieSession(with lines: [String] = []) throws {
        if !cookieEngineOn {
            try setString(CURLOPT_COOKIEFILE, "")
            cookieEngineOn = true
        }
        try setString(CURLOPT_COOKIELIST, "ALL")
        for line in lines { try setString(CURLOPT_COOKIELIST, line) }
        reportsCookies = true
    }

    /// The cookie engine's jar, as cookie-file lines.
    func cookieLines() throws -> [String] {
        var list: UnsafeMutablePointer<curl_slist>?
        try check(bw_easy_getinfo_slist(handle, CURLINFO_COOKIELIST, &list))
        defer { curl_slist_free_all(list) }
        var lines: [String] = []
        var node = list
        while let current = node {
            if let data = current.pointee.data { lines.append(String(cString: data)) }
            node = current.pointee.next
        }
        return lines
    }
    /// Called during the transfer; returning `true` aborts it.
    public func setAbortCheck(_ shouldAbort: @escaping () -> Bool) {
        sink.shouldAbort = shouldAbort
    }
    public func setVerifyTLS(_ on: Bool) throws {
        try setLong(CURLOPT_SSL_VERIFYPEER, on ? 1 : 0)
        try setLong(CURLOPT_SSL_VERIFYHOST, on ? 2 : 0)
    }

    // MARK: perform

    /// Runs the transfer, blocking the calling thread until it ends.
    public func perform() throws -> CurlResult {
        try prepareTransfer()
        return try finishTransfer(curl_easy_perform(handle))
    }

    /// Clears what the last transfer left and installs the callbacks.
    func prepareTransfer() throws {
        sink.reset()
        errorBuffer[0] = 0
        let me = Unmanaged.passUnretained(self).toOpaque()
        try check(bw_easy_setopt_pointer(handle, CURLOPT_WRITEDATA, me))
        try check(bw_easy_setopt_write_callback(handle, CURLOPT_WRITEFUNCTION, curlWriteBody))
        try check(bw_easy_setopt_pointer(handle, CURLOPT_HEADERDATA, me))
        try check(bw_easy_setopt_write_callback(handle, CURLOPT_HEADERFUNCTION, curlWriteHeader))
        try check(bw_easy_setopt_pointer(handle, CURLOPT_XFERINFODATA, me))
        try check(bw_easy_setopt_xferinfo_callback(handle, CURLOPT_XFERINFOFUNCTION, curlProgress))
        try setLong(CURLOPT_NOPROGRESS, 0)
    }

    /// Turns the transfer's end code into a result or the error that explains it.
    func finishTransfer(_ code: CURLcode) throws -> CurlResult {
        if let target = sink.refusedRedirect {
            throw CurlError(code: CurlError.redirectRefused, message: "redirect to \(target) refused")
        }
        if sink.exceededLimit && sink.truncatesAtLimit {
            return try collectResult() // the write callback stopped the transfer on purpose
        }
        if sink.exceededLimit {
            throw CurlError(
                code: CurlError.fileSizeExceeded,
                message: "body larger than \(sink.bodyLimit ?? 0) bytes")
        }
        try check(code)
        return try collectResult()
    }

    /// The URL of the request under way (changes as redirects are followed).
    var currentURL: String {
        var url: UnsafeMutablePointer<CChar>?
        guard bw_easy_getinfo_string(handle, CURLINFO_EFFECTIVE_URL, &url) == CURLE_OK, let url else { return "" }
        return String(cString: url)
    }

    private func collectResult() throws -> CurlResult {
        var status = 0
        var redirects = 0
        var url: UnsafeMutablePointer<CChar>?
        try check(bw_easy_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status))
        try check(bw_easy_getinfo_long(handle, CURLINFO_REDIRECT_COUNT, &redirects))
        try check(bw_easy_getinfo_string(handle, CURLINFO_EFFECTIVE_URL, &url))
        return CurlResult(
            status: status,
            effectiveURL: url.map { String(cString: $0) } ?? "",
            headers: sink.lastResponseHeaders(),
            body: sink.body,
            cookies: reportsCookies ? try cookieLines() : [],
            redirectCount: redirects,
            timings: try timings())
    }

    private func timings() throws -> CurlTimings {
        func seconds(_ info: CURLINFO) throws -> Double {
            var micros: curl_off_t = 0
            try check(bw_easy_getinfo_off_t(handle, info, &micros))
            return Double(micros) / 1_000_000
        }
        return CurlTimings(
            nameLookup: try seconds(CURLINFO_NAMELOOKUP_TIME_T),
            connect: try seconds(CURLINFO_CONNECT_TIME_T),
            firstByte: try seconds(CURLINFO_STARTTRANSFER_TIME_T),
            total: try seconds(CURLINFO_TOTAL_TIME_T))
    }

    // MARK: plumbing

    func setLong(_ option: CURLoption, _ value: Int) throws {
        try check(bw_easy_setopt_long(handle, option, value))
    }

    func setString(_ option: CURLoption, _ value: String) throws {
        // libcurl copies string options (since 7.17), so the temporary C string may go.
        try check(bw_easy_setopt_string(handle, option, value))
    }

    func check(_ code: CURLcode) throws {
        guard code != CURLE_OK else { return }
        let detail = String(cString: errorBuffer)
        let message = detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail
        throw CurlError(code: Int(code.rawValue), message: message)
    }

    fileprivate static func from(_ pointer: UnsafeMutableRawPointer?) -> CurlEasy {
        Unmanaged<CurlEasy>.fromOpaque(pointer!).takeUnretainedValue()
    }
}

/// The bytes libcurl hands a write callback.
private typealias CurlBytes = UnsafeMutablePointer<CChar>?

private func curlWriteBody(_ data: CurlBytes, _ size: Int, _ count: Int, _ context: UnsafeMutableRawPointer?) -> Int {
    let easy = CurlEasy.from(context)
    let length = size * count
    guard let data else { return length }
    let accepted = easy.sink.appendBody(UnsafeRawBufferPointer(start: data, count: length))
    return accepted ? length : 0 // a short count makes libcurl stop with CURLE_WRITE_ERROR
}

private func curlWriteHeader(_ data: CurlBytes, _ size: Int, _ count: Int, _ context: UnsafeMutableRawPointer?) -> Int {
    let easy = CurlEasy.from(context)
    let length = size * count
    if let data {
        easy.sink.appendHeaderLine(UnsafeRawBufferPointer(start: data, count: length))
        if easy.sink.redirectAllowed != nil, let line = easy.sink.headerLines.last,
            !easy.sink.admitsHeaderLine(line, currentURL: easy.currentURL)
        {
            return 0 // a short count stops the transfer before the redirect is followed
        }
    }
    return length
}

private func curlProgress(
    _ context: UnsafeMutableRawPointer?, _: curl_off_t, _: curl_off_t,
    _: curl_off_t, _: curl_off_t
) -> Int32 {
    let easy = CurlEasy.from(context)
    return (easy.sink.shouldAbort?() ?? false) ? 1 : 0
}
