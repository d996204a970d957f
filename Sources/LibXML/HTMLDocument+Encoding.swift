import CLibXML2

extension HTMLDocument {
    /// Whether libxml2 can convert from the charset `name` (through its own tables or iconv).
    /// An unknown name passed to the parser would be ignored silently, so callers check first.
    public static func supportsEncoding(_ name: String) -> Bool {
        XMLGlobal.ensureInitialized()
        guard !name.isEmpty, let handler = xmlFindCharEncodingHandler(name) else { return false }
        // Handlers backed by iconv are allocated per lookup; this frees those and leaves the
        // built-in static ones alone.
        xmlCharEncCloseFunc(handler)
        return true
    }
}
