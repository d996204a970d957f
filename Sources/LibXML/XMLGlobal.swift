import CLibXML2

/// libxml2's one-time set-up of its parser globals.
enum XMLGlobal {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    static func ensureInitialized() {
        _ = initialized
    }
}
