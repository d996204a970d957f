import Foundation

/// Reads values out of a `JSONSerialization` tree by dotted key paths (`data.results`).
enum JSONPath {
    /// The value at `path` under `root`; a number step indexes an array.
    static func value(_ path: String, in root: Any) -> Any? {
        var current: Any? = root
        for step in path.split(separator: ".") {
            switch current {
            case let object as [String: Any]: current = object[String(step)]
            case let array as [Any]: current = Int(step).flatMap { array.indices.contains($0) ? array[$0] : nil }
            default: return nil
            }
        }
        return current
    }

    /// The text at `path`: strings trimmed, numbers written out; JSON null, empty text and the
    /// literal string "null" (which the bureaus' API writes for a missing value) are absent.
    static func text(_ path: String?, in root: Any) -> String? {
        guard let path, let found = value(path, in: root) else { return nil }
        let text: String
        switch found {
        case let string as String: text = string.trimmingCharacters(in: .whitespacesAndNewlines)
        case let number as NSNumber: text = number.stringValue
        default: return nil
        }
        return text.isEmpty || text.lowercased() == "null" ? nil : text
    }

    /// The whole number at `path` (a number, or text holding one).
    static func integer(_ path: String?, in root: Any) -> Int? {
        guard let path else { return nil }
        if let number = value(path, in: root) as? NSNumber { return number.intValue }
        return text(path, in: root).flatMap { Int($0) }
    }

    /// The array at `path`, its object elements only.
    static func objects(_ path: String?, in root: Any) -> [[String: Any]] {
        guard let path, let array = value(path, in: root) as? [Any] else { return [] }
        return array.compactMap { $0 as? [String: Any] }
    }
}
