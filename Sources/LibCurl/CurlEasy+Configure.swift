import CCurl

extension CurlEasy {
    /// Sets every option `request` describes on this (freshly reset) handle.
    public func configure(_ request: CurlRequest) throws {
        try setURL(request.url)
        try setAllowedProtocols(request.allowedProtocols)
        try setUserAgent(request.userAgent)
        var headers = request.headers
        if let body = request.postBody {
            try setPostBody(body)
            // No "Expect: 100-continue" round trip: webhook bodies are small.
            headers.append("Expect:")
        }
        try setHeaders(headers)
        try setConnectTimeout(milliseconds: request.connectTimeoutMilliseconds)
        try setTimeout(milliseconds: request.timeoutMilliseconds)
        if let lowSpeed = request.lowSpeed {
            try setLowSpeedLimit(bytesPerSecond: lowSpeed.bytesPerSecond, seconds: lowSpeed.seconds)
        }
        try setRedirects(max: request.maxRedirects)
        if let allowed = request.redirectAllowed {
            let origin = request.url
            sink.redirectAllowed = { allowed(origin, $0) }
        }
        try acceptAllEncodings()
        try setProxy(request.proxy)
        if request.truncatesBody {
            truncateBody(at: request.maxBodyBytes)
        } else {
            try setMaxBodySize(request.maxBodyBytes)
        }
        // Always: a jar left by an earlier transfer on this handle must not be sent.
        if request.keepsCookies {
            try startCookieSession(with: request.cookies)
        } else {
            try setString(CURLOPT_COOKIELIST, "ALL")
        }
        try setVerifyTLS(request.verifyTLS)
    }
}
