import Foundation
import LibXML
import WatchCore
import WatchExtract

/// Runs the article extractor over one set of the extraction corpus: reads `<id>.html` (and
/// the `url` of `<id>.json`; its `encoding` is deliberately ignored: the charset is detected),
/// writes `<id>.json` = {title, date, body} and `_timing.json` = {seconds} into the output folder.
///
/// `seconds` follows the corpus scorer's definition of speed (score.py), the one the peers are
/// timed by: the extractor call gets the decoded page (for us: bytes in a chosen charset,
/// `PageDecoder.decode`), file I/O and decoding are excluded, and one untimed warm-up call on
/// the first page precedes the timed loop. The timed call parses and extracts. Decoding is
/// timed apart (`decode_seconds`), so the whole cost stays visible.
/// Usage: extract-corpus SET_DIR OUT_DIR
struct CorpusPrediction: Encodable {
    let title: String
    let date: String?
    let body: String
}

struct Timing: Encodable {
    let seconds: Double
    let decodeSeconds: Double
    let pages: Int
    let bytes: Int

    enum CodingKeys: String, CodingKey {
        case seconds, pages, bytes
        case decodeSeconds = "decode_seconds"
    }
}

struct CorpusTruth: Decodable {
    let url: String?
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("extract-corpus: \(message)\n".utf8))
    exit(2)
}

let arguments = CommandLine.arguments
guard arguments.count == 3 else { fail("usage: extract-corpus SET_DIR OUT_DIR") }
let setDirectory = URL(fileURLWithPath: arguments[1])
let outDirectory = URL(fileURLWithPath: arguments[2])
let files = FileManager.default
guard let names = try? files.contentsOfDirectory(atPath: setDirectory.path) else {
    fail("cannot read the set folder \(setDirectory.path)")
}
do {
    try files.createDirectory(at: outDirectory, withIntermediateDirectories: true)
} catch {
    fail("cannot create the output folder \(outDirectory.path): \(error)")
}

// A fixed "now" after every page of the corpus was written, so "never in the future" holds.
let now = Date()
let extractor = ArticleExtractor()
let decoder = PageDecoder()
let encoder = JSONEncoder()
var seconds = 0.0
var decodeSeconds = 0.0
var pages = 0
var totalBytes = 0

/// Seconds since an arbitrary start, for the two clocks.
func secondsNow() -> Double {
    Double(DispatchTime.now().uptimeNanoseconds) / 1e9
}

/// The prediction for one page: its article, or the first of a digest's.
func extract(_ page: DecodedPage, url: String) -> ArticleExtraction? {
    (try? extractor.extractDetailed(page: page, url: url, selectors: SourceSelectors(), now: now))?.first
}

let htmlNames = names.sorted().filter { $0.hasSuffix(".html") }
for (index, name) in htmlNames.enumerated() {
    let id = String(name.dropLast(5))
    guard let data = files.contents(atPath: setDirectory.appendingPathComponent(name).path) else {
        fail("cannot read \(name)")
    }
    let truth = files.contents(atPath: setDirectory.appendingPathComponent(id + ".json").path)
        .flatMap { try? JSONDecoder().decode(CorpusTruth.self, from: $0) }
    let url = truth?.url ?? ""
    let bytes = [UInt8](data)
    // The corpus's `encoding` field is deliberately unused: the charset is detected, as in production.
    let decodeStarted = secondsNow()
    let page = decoder.decode(bytes, contentType: nil, override: nil, url: url)
    decodeSeconds += secondsNow() - decodeStarted
    if index == 0 { _ = extract(page, url: url) } // the scorer's untimed warm-up call
    let started = secondsNow()
    let extraction = extract(page, url: url)
    seconds += secondsNow() - started
    pages += 1
    totalBytes += bytes.count
    let prediction = CorpusPrediction(title: extraction?.article.title ?? "", date: extraction?.day?.description,
                                      body: extraction?.article.body ?? "")
    do {
        try encoder.encode(prediction).write(to: outDirectory.appendingPathComponent(id + ".json"))
    } catch {
        fail("cannot write the prediction for \(id): \(error)")
    }
}
do {
    try encoder.encode(Timing(seconds: seconds, decodeSeconds: decodeSeconds, pages: pages, bytes: totalBytes))
        .write(to: outDirectory.appendingPathComponent("_timing.json"))
} catch {
    fail("cannot write _timing.json: \(error)")
}
print("extract-corpus: \(pages) pages, \(totalBytes) bytes: parse + extract \(String(format: "%.3f", seconds)) s, "
      + "decode \(String(format: "%.3f", decodeSeconds)) s")
