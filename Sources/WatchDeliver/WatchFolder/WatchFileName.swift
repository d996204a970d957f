import Foundation
import WatchCore

/// The name of an article's file in the watch folder: `YYYY-MM-DD_<source-id>_<id>.md`, then
/// `.v2.md`, `.v3.md` for later versions. Every part is reduced to `[a-z0-9-]`, so no input can
/// reach outside the folder, hide the file or pass the file-system's name limit.
public enum WatchFileName {
    /// Longest source-id part kept; with the date, the id and the suffix the name stays far under
    /// the 255-byte limit of ext4 and most other file systems.
    static let maxSourceLength = 64
    /// Longest article-id part kept (ids are 12 hex digits; this only bounds hostile input).
    static let maxIDLength = 64

    /// The file name for `article` (its own date).
    public static func name(for article: DeliveredArticle) -> String {
        name(day: day(of: article), source: article.source, id: article.id, version: article.version)
    }

    /// The day that starts the name: published in Shanghai, or the fetch day when none is known.
    public static func day(of article: DeliveredArticle) -> String {
        ShanghaiTime.day(article.published ?? article.fetched)
    }

    /// The file name from its parts; `day` must be `YYYY-MM-DD` (anything else is sanitized too).
    public static func name(day: String, source: String, id: String, version: Int) -> String {
        let suffix = version > 1 ? ".v\(version).md" : ".md"
        return "\(safe(day, max: 10))_\(stem(source: source, id: id))\(suffix)"
    }

    /// `<source>_<id>`: what every version of one article shares after the day.
    public static func stem(source: String, id: String) -> String {
        "\(safe(source, max: maxSourceLength))_\(safe(id, max: maxIDLength))"
    }

    /// Lower-case ASCII letters, digits and `-`; anything else becomes `-`; runs of `-` fold and
    /// none leads or trails, so `..`, `/`, NUL and dot-files are impossible.
    static func safe(_ text: String, max: Int) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            guard out.count < max else { break }
            let keep = (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9")
            if keep {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty && !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "unknown" : out
    }
}
