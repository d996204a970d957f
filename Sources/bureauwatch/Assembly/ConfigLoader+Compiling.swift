import WatchConfig
import WatchExtract

extension ConfigLoader {
    /// The loader every command uses: selectors are compiled (CSS and XPath) as the file is read.
    static func compilingSelectors() -> ConfigLoader {
        ConfigLoader(selectorCheck: { selector, field in SelectorCompiler.problem(in: selector, field: field) })
    }
}
