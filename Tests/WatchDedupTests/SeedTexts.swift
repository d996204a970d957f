/// The article bodies the seed tests compare, cut out of the fixtures the way the extractor
/// hands them over (body paragraphs only: title, date line and chrome are its business).
enum SeedTexts {
    /// Seed 004's body: everything after the title and the date line.
    static func traditionalMirrorBody() throws -> String {
        try Fixture.lines("004-mirror-traditional.txt").dropFirst(2).joined(separator: "\n")
    }

    /// Seed 004's body with the date line the extractor might have left above it.
    static func traditionalMirrorBodyWithDateLine() throws -> String {
        try Fixture.lines("004-mirror-traditional.txt").dropFirst(1).joined(separator: "\n")
    }

    /// Seed 002's body: from the line after 发布日期 to the line before 原文链接.
    static func guangdongMirrorBody() throws -> String {
        let lines = try Fixture.lines("002-mirror.txt")
        guard let start = lines.firstIndex(where: { $0.hasPrefix("发布日期") }),
            let end = lines.firstIndex(where: { $0.hasPrefix("原文链接") })
        else { return "" }
        return lines[(start + 1)..<end].joined(separator: "\n")
    }

    /// Seed 003's items: (title, body with the closing attribution), in page order.
    static func digestItems() throws -> [(title: String, body: String)] {
        let lines = try Fixture.lines("003-digest.txt").filter { !$0.isEmpty }
        var items: [(title: String, body: String)] = []
        var current: [String] = []
        for line in lines.dropFirst() { // the first line is an empty image
            current.append(line)
            if line.hasSuffix("局)") {
                items.append((current[0], current.dropFirst().joined(separator: "\n")))
                current = []
            }
        }
        return items
    }

    /// The standalone pages of seed 003's items: (title, body), in the digest's order.
    static func standaloneItems() throws -> [(title: String, body: String)] {
        try Fixture.text("003-standalone.txt").components(separatedBy: "\n====\n").map { page in
            let lines = page.components(separatedBy: "\n")
            return (lines[0], lines.dropFirst().joined(separator: "\n"))
        }
    }
}
