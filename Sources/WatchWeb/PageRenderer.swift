import Mustache

/// Renders the pages from `PageTemplates` (parsed once, at start-up).
struct PageRenderer: Sendable {
    private let library: MustacheLibrary

    /// Fails only if a template in `PageTemplates` does not parse: a programming error caught by
    /// the tests, reported at start-up rather than on the first request.
    init() throws {
        var library = MustacheLibrary()
        for (name, text) in PageTemplates.all {
            try library.register(text, named: name)
        }
        self.library = library
    }

    /// The page `template` filled with `view`'s properties.
    func render(_ view: Any, template: String) -> String {
        library.render(view, withTemplate: template) ?? ""
    }
}
