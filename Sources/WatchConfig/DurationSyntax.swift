import Foundation

/// The duration words of sources.yaml: a number and a unit (`ms`, `s`, `m`, `h`, `d`).
enum DurationSyntax {
    static let unitSeconds: [(suffix: String, seconds: Double)] = [
        ("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600), ("d", 86_400),
    ]

    static func seconds(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        for (suffix, scale) in unitSeconds where trimmed.hasSuffix(suffix) {
            let number = trimmed.dropLast(suffix.count)
            // "5m" also ends in "m" after "ms" failed; a leftover letter means another unit.
            guard let value = Double(number), value >= 0, value.isFinite else { continue }
            return value * scale
        }
        return nil
    }

    static func format(_ seconds: Double) -> String {
        if seconds >= 86_400, seconds.truncatingRemainder(dividingBy: 86_400) == 0 {
            return "\(Int(seconds / 86_400))d"
        }
        if seconds >= 3600, seconds.truncatingRemainder(dividingBy: 3600) == 0 { return "\(Int(seconds / 3600))h" }
        if seconds >= 60, seconds.truncatingRemainder(dividingBy: 60) == 0 { return "\(Int(seconds / 60))m" }
        if seconds >= 1 { return "\(Int(seconds))s" }
        return "\(Int(seconds * 1000))ms"
    }
}
