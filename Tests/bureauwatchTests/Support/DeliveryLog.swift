import Dispatch
import Foundation
import Synchronization
import WatchTesting

/// A webhook receiver's memory: every delivery it answered, in arrival order, announced on
/// `received` so a test can act right after one (a SIGKILL before the daemon marks it sent).
final class DeliveryLog: Sendable {
    struct Delivery: Sendable {
        let event: String
        let id: String
        /// The path it was sent to: which webhook, where several share one receiver.
        let webhook: String
        /// The article's `url` from the JSON body.
        let articleURL: String
    }

    let received = DispatchSemaphore(value: 0)
    private let deliveries = Mutex<[Delivery]>([])

    var all: [Delivery] { deliveries.withLock { $0 } }

    /// Records the delivery and answers 200.
    func reply(_ request: RecordedRequest) -> ServerReply {
        let body = (try? JSONSerialization.jsonObject(with: Data(request.body))) as? [String: Any]
        let article = body?["article"] as? [String: Any]
        let delivery = Delivery(
            event: request.header("X-Bureauwatch-Event") ?? "",
            id: request.header("X-Bureauwatch-Delivery") ?? "", webhook: request.path,
            articleURL: article?["url"] as? String ?? "")
        deliveries.withLock { $0.append(delivery) }
        received.signal()
        return .text("ok", contentType: "text/plain")
    }

    /// The distinct article URLs that reached the receiver as `article.new`.
    var newArticleURLs: Set<String> {
        Set(all.filter { $0.event == "article.new" }.map(\.articleURL))
    }
}
