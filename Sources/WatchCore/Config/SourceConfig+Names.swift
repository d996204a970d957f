extension Array where Element == SourceConfig {
    /// Each source's display name by id (ids are unique once the config is validated).
    public var namesByID: [String: String] {
        Dictionary(map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }
}
