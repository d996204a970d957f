/// Whose page a source is: the regulator's own (canonical) or a site that republishes it.
public enum SourceKind: String, Sendable, Codable, CaseIterable {
    case bureau
    case mirror
}
