import Foundation

/// The Atom feed's title and alternate link (`feed: { title, link }` in sources.yaml); `nil`
/// fields take defaults made from the sources.
public struct FeedSettings: Sendable, Hashable {
    public var title: String?
    /// The page a reader's "visit site" opens.
    public var link: String?

    public init(title: String? = nil, link: String? = nil) {
        self.title = title
        self.link = link
    }

    /// Names shown in a default title before the rest are counted.
    static let namesInDefaultTitle = 2

    /// The configured title, or `bureauwatch · 国家邮政局、广东省邮政管理局 +3` from the sources.
    public func title(for sources: [SourceConfig]) -> String {
        if let title { return title }
        let names = sources.map(\.name)
        guard !names.isEmpty else { return "bureauwatch" }
        let shown = names.prefix(Self.namesInDefaultTitle).joined(separator: "、")
        let rest = names.count - Self.namesInDefaultTitle
        return "bureauwatch · " + shown + (rest > 0 ? " +\(rest)" : "")
    }

    /// The configured link, or the first bureau source's page (else the first source's).
    public func link(for sources: [SourceConfig]) -> String? {
        link ?? (sources.first { $0.kind == .bureau } ?? sources.first).flatMap { Self.publicLink($0.url) }
    }

    /// A source's list page as a feed may show it: a URL with a token or a password in it is cut
    /// to its site (`http://host:port/`), since feeds are shared and the secret must not be.
    public static func publicLink(_ url: String) -> String? {
        guard SecretRedaction.redact(url) != url else { return url }
        guard let parts = URLComponents(string: url), let scheme = parts.scheme, let host = parts.host else {
            return nil
        }
        return "\(scheme)://\(host)" + (parts.port.map { ":\($0)" } ?? "") + "/"
    }
}
