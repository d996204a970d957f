import ArgumentParser
import Foundation
import LibXML
import WatchCore
import WatchExtract

struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract", abstract: "Show what the extractor takes from one page (URL or file).")
    @OptionGroup var options: ConfigOption
    @Argument(help: "A URL or a file path.") var page: String
    @Option(name: .customLong("source"), help: "Use this source's selectors and encoding.") var source: String?
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() async throws {
        if page.hasPrefix("http://") || page.hasPrefix("https://") {
            // TODO(fetcher merge): fetch through WatchFetch's transport, then extract as below.
            throw ValidationError("bureauwatch extract: URL fetching arrives with the fetcher (issue 3); "
                + "save the page and pass the file path instead")
        }
        if source != nil {
            // TODO(config merge): read the source's selectors and encoding from sources.yaml.
            throw ValidationError("bureauwatch extract: --source arrives with the config loader; run without it")
        }
        guard let data = FileManager.default.contents(atPath: page) else {
            throw ValidationError("bureauwatch extract: cannot read the file \(page)")
        }
        let bytes = [UInt8](data)
        // TODO(part B merge): `PageDecoder().document(from:contentType:override:url:)`.
        let decoded = InterimCharset.prepared(bytes)
        let url = URL(fileURLWithPath: page).absoluteString
        let document = try HTMLDocument(bytes: decoded.bytes, encoding: decoded.encoding, url: url)
        let results = ArticleExtractor().extractDetailed(document: document, url: url,
                                                         selectors: SourceSelectors(), now: Date())
        print(json ? try Self.json(results) : Self.text(results))
    }

    static func json(_ results: [ArticleExtraction]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Dates as the bureaus write them: China time (`2024-07-18T00:00:00+08:00`).
        let style = Date.ISO8601FormatStyle(timeZone: ArticleExtractor.shanghai)
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(style.format(date))
        }
        let articles = results.map(\.article)
        return String(decoding: try encoder.encode(articles), as: UTF8.self)
    }

    static func text(_ results: [ArticleExtraction]) -> String {
        results.map { result in
            let article = result.article
            var lines = ["title: \(article.title)", "published: \(result.day?.description ?? "unknown")"]
            if let publisher = article.publisher { lines.append("publisher: \(publisher)") }
            if let number = article.documentNumber { lines.append("document_number: \(number)") }
            if let original = article.originalURL { lines.append("original_url: \(original)") }
            for attachment in article.attachments { lines.append("attachment: \(attachment.title) <\(attachment.url)>") }
            return (lines + ["", article.body]).joined(separator: "\n")
        }.joined(separator: "\n\n---\n\n")
    }
}
