/// What an `EndpointServer` handler answers: a status, a content type and a body.
public struct EndpointResponse: Sendable, Equatable {
    public var status: Int
    public var contentType: String
    public var body: [UInt8]
    /// Extra header fields (e.g. `Allow` on a 405).
    public var headers: [HeaderField]

    /// One extra header field.
    public struct HeaderField: Sendable, Equatable {
        public var name: String
        public var value: String
        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(status: Int, contentType: String, body: [UInt8], headers: [HeaderField] = []) {
        self.status = status
        self.contentType = contentType
        self.body = body
        self.headers = headers
    }

    /// A plain-text (UTF-8) response.
    public static func text(
        _ text: String, status: Int = 200,
        contentType: String = "text/plain; charset=utf-8"
    ) -> EndpointResponse {
        EndpointResponse(status: status, contentType: contentType, body: Array(text.utf8))
    }
}
