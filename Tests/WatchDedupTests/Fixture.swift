import Foundation

/// Texts under `Fixtures/`, each with a `#` header (what it is, how it was made) ended by `---`.
enum Fixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The text of `name` after its header.
    static func text(_ name: String) throws -> String {
        let whole = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        guard let marker = whole.range(of: "\n---\n") else { return whole }
        return String(whole[marker.upperBound...])
    }

    /// The lines of `name` after its header.
    static func lines(_ name: String) throws -> [String] {
        try text(name).components(separatedBy: "\n")
    }
}
