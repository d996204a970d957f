import CLibXML2

/// libxml2's one-time set-up of its parser globals.
public enum XMLGlobal {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    static func ensureInitialized() {
        _ = initialized
    }

    /// The linked libxml2's version, e.g. `2.9.14` (libxml2 reports it as the digits `20914`).
    public static var libraryVersion: String {
        let digits = Int(String(cString: bw_xml_parser_version())) ?? 0
        return "\(digits / 10_000).\(digits / 100 % 100).\(digits % 100)"
    }
}
