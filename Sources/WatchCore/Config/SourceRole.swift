/// Whose page a source is: the regulator's own (canonical) or a site that republishes it. Its
/// role, not a list format (that is `ListFormat`); sources.yaml spells it `kind:` (DESIGN.md).
public enum SourceRole: String, Sendable, Codable, CaseIterable {
    case bureau
    case mirror
}
