import LibCurl
import LibOpenCC
import LibSQLite
import LibXML

/// What `bureauwatch --version` prints: our version, then the C libraries as linked at run time
/// (a Debian upgrade changes them without a rebuild, and bug reports need both).
enum VersionReport {
    /// The release this build is.
    static let version = "0.2.0"

    static var text: String {
        """
        bureauwatch \(version)
        libcurl \(CurlGlobal.libraryVersion.replacingPrefix("libcurl/"))
        libxml2 \(XMLGlobal.libraryVersion)
        SQLite \(SQLiteDatabase.libraryVersion)
        OpenCC \(ChineseConverter.libraryVersion ?? "unknown")
        """
    }
}

extension String {
    fileprivate func replacingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }
}
