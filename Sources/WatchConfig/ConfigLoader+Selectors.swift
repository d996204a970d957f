extension ConfigLoader {
    /// Compiles every selector of one source entry with `selectorCheck`; the first that fails
    /// is an error at its own line and column.
    func checkSelectors(of source: ConfigNode) throws {
        guard let selectorCheck, let selectors = try source.mapping(allowed: Self.sourceKeys)["selectors"] else {
            return
        }
        let fields = try selectors.mapping(allowed: Self.selectorKeys)
        for key in Self.selectorKeys {
            guard let node = fields[key] else { continue }
            let selector = try node.nonEmptyString()
            if let problem = selectorCheck(selector, key) {
                throw node.error("selectors.\(key) '\(selector)' does not compile: \(problem)")
            }
        }
    }
}
