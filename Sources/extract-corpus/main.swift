import Foundation
import LibXML
import WatchCore
import WatchExtract

/// Runs the article extractor over one set of the extraction corpus: reads `<id>.html` (and
/// the `url` of `<id>.json`; its `encoding` is deliberately ignored: the charset is detected),
/// writes `<id>.json` = {title, date, body} and `_timing.json` = {seconds} into the output folder.
/// Usage: extract-corpus SET_DIR OUT_DIR
struct CorpusPrediction: Encodable {
    let title: String
    let date: String?
    let body: String
}

struct Timing: Encodable {
    let seconds: Double
    let pages: Int
    let bytes: Int
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
let encoder = JSONEncoder()
var seconds = 0.0
var pages = 0
var totalBytes = 0
for name in names.sorted() where name.hasSuffix(".html") {
    let id = String(name.dropLast(5))
    guard let data = files.contents(atPath: setDirectory.appendingPathComponent(name).path) else {
        fail("cannot read \(name)")
    }
    let truth = files.contents(atPath: setDirectory.appendingPathComponent(id + ".json").path)
        .flatMap { try? JSONDecoder().decode(CorpusTruth.self, from: $0) }
    let url = truth?.url ?? ""
    let bytes = [UInt8](data)
    let started = DispatchTime.now().uptimeNanoseconds
    // The corpus's `encoding` field is deliberately unused: the charset is detected, as in production.
    let extraction = (try? PageDecoder().document(from: bytes, contentType: nil, override: nil, url: url))
        .flatMap { extractor.extractDetailed(document: $0, url: url, selectors: SourceSelectors(), now: now).first }
    seconds += Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
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
    try encoder.encode(Timing(seconds: seconds, pages: pages, bytes: totalBytes))
        .write(to: outDirectory.appendingPathComponent("_timing.json"))
} catch {
    fail("cannot write _timing.json: \(error)")
}
print("extract-corpus: \(pages) pages, \(totalBytes) bytes in \(String(format: "%.3f", seconds)) s")
