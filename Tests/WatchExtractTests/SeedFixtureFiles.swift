import Foundation
import LibXML
import Testing

@testable import WatchExtract

/// Reads the committed fixtures (`Fixtures/seed-*`, `Fixtures/list-*`) from the test bundle.
enum SeedFixtureFiles {
    static func bytes(_ name: String) throws -> [UInt8] {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"),
            "fixture \(name) is missing")
        return Array(try Data(contentsOf: url))
    }

    /// A seed text as lines, exactly as the seed file has them.
    static func seedLines(_ number: String) throws -> [String] {
        String(decoding: try bytes("seed-\(number).txt"), as: UTF8.self).components(separatedBy: "\n")
    }

    static func document(
        _ name: String, contentType: String? = nil, override: String? = nil,
        url: String? = nil
    ) throws -> HTMLDocument {
        try PageDecoder().document(from: bytes(name), contentType: contentType, override: override, url: url)
    }

    /// Every leaf block of the page (a p, div, li, h*, td… holding no other block) as one
    /// trimmed line: the page as a text dump sees it, chrome included.
    static let leafBlockXPath =
        "//body//*[self::p or self::div or self::li or self::h1 or self::h2 or self::h3 "
        + "or self::td or self::nav][not(.//p or .//div or .//li or .//h1 or .//h2 or .//h3 or .//td or .//nav)]"

    static func leafBlockLines(_ document: HTMLDocument) throws -> [String] {
        try document.select(leafBlockXPath).map { ListText.collapsed($0.text) }.filter { !$0.isEmpty }
    }

    /// The texts of the paragraphs a CSS selector picks.
    static func paragraphs(_ document: HTMLDocument, selector: String) throws -> [String] {
        try document.select(CSSSelector.xpath(for: selector)).map {
            $0.text.trimmingCharacters(in: .whitespacesAndNewlines)
        }.filter { !$0.isEmpty }
    }
}
