import Foundation
import HTTPTypes
import Hummingbird
import WatchCore
import WatchHTTP

/// The daemon's read-only web page: `/` (recent notices, search and filters), `/articles/<id>`,
/// `/sources`, `/deliveries` and `/feed.xml`, plus the plain endpoints it is handed (`/metrics`
/// and `/healthz`), which answer exactly as their own handler says.
public struct WebSite: Sendable {
    /// A handler written for `WatchHTTP` (the daemon's `HTTPEndpoint`), served here unchanged.
    public typealias PlainHandler = @Sendable (IncomingRequest) -> EndpointResponse

    let store: any Store
    let feedPath: String
    let sources: @Sendable () async -> [SourceConfig]
    let webhooks: @Sendable () async -> [WebhookConfig]
    let plainPaths: Set<String>
    let plainHandler: PlainHandler?
    let searchKey: @Sendable (String) -> String
    let renderer: PageRenderer

    /// - Parameters:
    ///   - feedPath: the watch folder's `feed.xml`, served as it is on disk.
    ///   - sources, webhooks: asked on each request, so a reloaded config shows at once.
    ///   - plainPaths: paths (without query) answered by `plainHandler`, whatever the method.
    ///   - searchKey: turns a search box's text into what the store's text is matched with (the
    ///     store keeps normalized, simplified text, so the daemon folds 郵政 to 邮政 here).
    public init(
        store: any Store, feedPath: String, sources: @escaping @Sendable () async -> [SourceConfig],
        webhooks: @escaping @Sendable () async -> [WebhookConfig], plainPaths: Set<String> = [],
        plainHandler: PlainHandler? = nil, searchKey: @escaping @Sendable (String) -> String = { $0 }
    ) throws {
        self.store = store
        self.feedPath = feedPath
        self.sources = sources
        self.webhooks = webhooks
        self.plainPaths = plainPaths
        self.plainHandler = plainHandler
        self.searchKey = searchKey
        renderer = try PageRenderer()
    }

    /// The routes, for a Hummingbird `Application`.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        if let plainHandler {
            router.add(middleware: PlainEndpointMiddleware(paths: plainPaths, handler: plainHandler))
        }
        router.get("/") { request, _ in try await notices(request) }
        router.get("/articles/{shortid}") { request, context in
            try await article(context.parameters.get("shortid") ?? "", request: request)
        }
        router.get("/sources") { _, _ in
            html(
                renderer.render(
                    SourcesPage(sources: await sources(), statuses: try await store.sourceHealth()),
                    template: "sources"))
        }
        router.get("/deliveries") { _, _ in
            html(
                renderer.render(
                    try await DeliveriesPage.load(store: store, webhooks: await webhooks()),
                    template: "deliveries"))
        }
        router.get("/feed.xml") { _, _ in feed() }
        router.get("**") { request, _ in
            html(renderer.render(MissingPage(path: request.uri.path), template: "missing"), status: .notFound)
        }
        return router
    }

    func notices(_ request: Request) async throws -> Response {
        let parameters = Dictionary(
            request.uri.queryParameters.map { (String($0.key), String($0.value)) },
            uniquingKeysWith: { first, _ in first })
        let page = try await NoticesPage.load(
            NoticeFilter(parameters: parameters), store: store, sources: await sources(),
            searchKey: searchKey)
        return html(renderer.render(page, template: "notices"))
    }

    func article(_ shortID: String, request: Request) async throws -> Response {
        guard shortID.allSatisfy(\.isHexDigit), !shortID.isEmpty,
            let detail = try await store.article(shortID: shortID.lowercased())
        else {
            return html(renderer.render(MissingPage(article: shortID), template: "missing"), status: .notFound)
        }
        let parameters = request.uri.queryParameters
        let page = ArticlePage(
            detail, names: await sources().namesByID,
            from: parameters.get("from").flatMap { Int($0) }, to: parameters.get("to").flatMap { Int($0) })
        return html(renderer.render(page, template: "article"))
    }

    /// The watch folder's feed as written by the pipeline; 404 until the first article.
    func feed() -> Response {
        guard let data = FileManager.default.contents(atPath: feedPath) else {
            return html(renderer.render(MissingPage(path: "/feed.xml"), template: "missing"), status: .notFound)
        }
        return Response(
            status: .ok, headers: [.contentType: "application/atom+xml; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    func html(_ text: String, status: HTTPTypes.HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
