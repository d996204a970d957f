import WatchHTTP

/// The daemon's HTTP routes: `GET /metrics` (Prometheus text format) and `GET /healthz`
/// (a one-line JSON summary; 503 when unhealthy). Unknown paths get 404, other methods 405.
public struct HTTPEndpoint: Sendable {
    /// Asked on every `/healthz`; supplied by the daemon, which knows its store and sources.
    public typealias HealthCheck = @Sendable () -> HealthReport

    public let metrics: DaemonMetrics
    private let health: HealthCheck

    public init(metrics: DaemonMetrics, health: @escaping HealthCheck) {
        self.metrics = metrics
        self.health = health
    }

    /// Answers one request; HEAD is answered like GET (the server drops the body).
    public func respond(to request: IncomingRequest) -> EndpointResponse {
        let path = request.pathWithoutQuery
        guard path == Route.metrics || path == Route.health else {
            return .text("not found: \(path)\n", status: 404)
        }
        guard request.method == "GET" || request.method == "HEAD" else {
            var response = EndpointResponse.text("method \(request.method) not allowed on \(path)\n", status: 405)
            response.headers = [.init("Allow", "GET, HEAD")]
            return response
        }
        return path == Route.metrics ? metricsResponse() : healthResponse()
    }

    private func metricsResponse() -> EndpointResponse {
        EndpointResponse(status: 200, contentType: DaemonMetrics.contentType, body: metrics.exposition())
    }

    private func healthResponse() -> EndpointResponse {
        let report = health()
        return .text(
            report.json + "\n", status: report.healthy ? 200 : 503,
            contentType: "application/json")
    }

    /// The two paths served.
    enum Route {
        static let metrics = "/metrics"
        static let health = "/healthz"
    }
}
