import ArgumentParser
import Foundation
import Logging
import WatchConfig
import WatchCore
import WatchExtract
import WatchFetch

struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract", abstract: "Show what the extractor takes from one page (URL or file).",
        discussion: "With --list the page is read as a list page: each row (title, date, absolute URL), "
            + "which rule or selector found it, the rows dropped and why; exit 1 when it yields no row.")
    @OptionGroup var options: ConfigOption
    @OptionGroup var logging: LoggingOption
    @Argument(help: "A URL or a file path.") var page: String
    @Option(name: .customLong("source"), help: "Use this source's selectors and encoding.") var source: String?
    @Flag(name: .long, help: "Print JSON.") var json = false
    @Flag(name: .long, help: "Say which stored article each extracted article matches, or the closest one and how far.")
    var explain = false
    @Flag(name: .long, help: "Read the page as a list page: its rows, the rule that found them, the rows dropped.")
    var list = false
    @Option(name: .customLong("url"), help: "For a FILE: the address it was saved from (links resolve against it).")
    var pageURL: String?

    func run() async throws {
        let logger = try logging.makeLogger()
        let settings = try source.map(selectedSource) ?? nil
        let (bytes, contentType, url) = try await load(logger: logger)
        let page = PageDecoder().decode(bytes, contentType: contentType, override: settings?.encoding, url: url)
        if list {
            try showList(
                page, url: try listURL(fetched: url, settings: settings),
                selectors: settings?.selectors ?? SourceSelectors())
            return
        }
        let results = try ArticleExtractor().extractDetailed(
            page: page, url: url,
            selectors: settings?.selectors ?? SourceSelectors(), now: Date())
        // Extraction drops control characters; whatever is left is escaped, never printed raw.
        print(
            json
                ? StateAccess.jsonEscapingControls(try Self.json(results))
                : ControlCharacters.escaped(Self.text(results)))
        if json { // the JSON stays the article records; warnings go beside it
            for warning in results.flatMap(\.warnings) {
                FileHandle.standardError.write(Data("warning: \(warning)\n".utf8))
            }
        }
        if explain {
            let store = try await StateAccess.openStore(try options.loadConfig(), logger: logger)
            let lines = try await ExtractExplanation.lines(for: results.map(\.article), store: store)
            let text = ControlCharacters.escaped(lines.joined(separator: "\n")) + "\n"
            // Beside JSON the explanation goes to stderr, so stdout stays one JSON document.
            if json { FileHandle.standardError.write(Data(text.utf8)) } else { print(text, terminator: "") }
        }
    }

    /// The `--source` named in the config, for its selectors and encoding.
    private func selectedSource(_ id: String) throws -> SourceConfig? {
        let config = try options.loadConfig()
        guard let found = config.source(id) else {
            throw ValidationError("no source '\(id)' in \(config.file)")
        }
        return found
    }

    /// The page's bytes, its Content-Type when fetched, and the URL links resolve against.
    private func load(logger: Logger) async throws -> ([UInt8], String?, String) {
        guard page.hasPrefix("http://") || page.hasPrefix("https://") else {
            guard let data = FileManager.default.contents(atPath: page) else {
                throw ValidationError("cannot read the file \(page)")
            }
            return ([UInt8](data), nil, URL(fileURLWithPath: page).absoluteString)
        }
        // A page that cannot be had is a failure (exit 1), not bad usage (exit 2).
        switch await CurlTransport(logger: logger).send(HTTPRequest(url: page)) {
        case .success(let response) where (200..<300).contains(response.status):
            return (response.body, response.header("Content-Type"), response.finalURL)
        case .success(let response):
            let via = response.finalURL == page ? "" : " (redirected to \(response.finalURL))"
            FileHandle.standardError.write(Data("error: \(page) answered HTTP \(response.status)\(via)\n".utf8))
        case .failure(let error):
            FileHandle.standardError.write(
                Data("error: cannot fetch \(page): \(error.kind.rawValue): \(error.message)\n".utf8))
        }
        throw ExitCode(1)
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
            for attachment in article.attachments {
                lines.append("attachment: \(attachment.title) <\(attachment.url)>")
            }
            lines += result.warnings.map { "warning: \($0)" }
            return (lines + ["", article.body]).joined(separator: "\n")
        }.joined(separator: "\n\n---\n\n")
    }
}
