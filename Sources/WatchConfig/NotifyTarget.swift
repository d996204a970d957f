import WatchCore

/// One webhook from the `notify:` list of sources.yaml.
public struct NotifyTarget: Sendable, Hashable {
    public enum Format: String, Sendable, Hashable, CaseIterable {
        case json, dingtalk, wecom, feishu, slack
    }

    public var id: String
    public var url: String
    public var format: Format
    public var secret: String?
    public var events: [EventKind]
    /// Source id globs (`spb-*`); empty matches every source.
    public var sourcePatterns: [String]
    /// Words of which at least one must be in the title or body; empty matches everything.
    public var keywords: [String]
}
