import CCurl

/// `curl_global_init` must run once, before any other thread uses libcurl.
public enum CurlGlobal {
    private static let initialized: Bool = {
        curl_global_init(Int(CURL_GLOBAL_ALL)) == CURLE_OK
    }()

    static func ensureInitialized() {
        _ = initialized
    }

    /// The linked libcurl and the libraries it was built with, e.g. `libcurl/7.88.1 OpenSSL/3.0.17 …`.
    public static var libraryVersion: String { String(cString: curl_version()) }
}
