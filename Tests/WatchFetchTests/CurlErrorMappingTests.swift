import LibCurl
import Testing
import WatchCore

@testable import WatchFetch

/// libcurl's result codes sorted into the fetcher's failure kinds.
@Suite struct CurlErrorMappingTests {
    @Test(arguments: [
        (6, FetchError.Kind.dns), (5, .dns), (7, .connect), (28, .timeout), (35, .tls), (60, .tls),
        (58, .tls), (63, .tooLarge), (47, .redirect), (52, .protocolError), (56, .protocolError),
        (18, .protocolError), (61, .protocolError), (42, .cancelled), (3, .other),
    ])
    func codeMapsToKind(code: Int, kind: FetchError.Kind) {
        #expect(FetchError.kind(ofCurlCode: code, requestURL: "https://www.spb.gov.cn/") == kind)
    }

    @Test func refusedSchemeIsARedirectOnlyForWebRequests() {
        #expect(FetchError.kind(ofCurlCode: CurlError.unsupportedProtocol, requestURL: "HTTP://x/") == .redirect)
        #expect(FetchError.kind(ofCurlCode: CurlError.unsupportedProtocol, requestURL: "gopher://x/") == .other)
        // Garbage instead of a status line comes with the same code, and is no redirect.
        #expect(
            FetchError.kind(
                ofCurlCode: CurlError.unsupportedProtocol, requestURL: "http://x/",
                message: "Received HTTP/0.9 when not allowed") == .protocolError)
        #expect(FetchError.kind(ofCurlCode: CurlError.outOfMemory, requestURL: "http://x/") == .protocolError)
    }

}
