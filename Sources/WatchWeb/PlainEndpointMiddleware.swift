import HTTPTypes
import Hummingbird
import WatchHTTP

/// Hands requests for the plain paths (`/metrics`, `/healthz`) to their `WatchHTTP` handler, so
/// they answer as they always have: same status, content type, body and extra headers.
struct PlainEndpointMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext

    let paths: Set<String>
    let handler: WebSite.PlainHandler

    func handle(
        _ request: Request, context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard paths.contains(request.uri.path) else { return try await next(request, context) }
        let incoming = IncomingRequest(
            method: request.method.rawValue, path: request.uri.description, headers: [],
            body: [], receivedAt: .now)
        let answer = handler(incoming)
        var headers: HTTPFields = [.contentType: answer.contentType]
        for field in answer.headers {
            if let name = HTTPField.Name(field.name) { headers[name] = field.value }
        }
        // HEAD gets the GET's head without its body, as the raw-socket server did.
        let body = request.method == .head ? ByteBuffer() : ByteBuffer(bytes: answer.body)
        if request.method == .head { headers[.contentLength] = String(answer.body.count) }
        return Response(status: .init(code: answer.status), headers: headers, body: .init(byteBuffer: body))
    }
}
