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
///
/// With PASSES > 1 the timed loop runs that many times over the set and `seconds` is the mean
/// pass; with `Ns` (say `5s`) it runs whole passes until N seconds of timed work are done. A
/// pass of ours lasts a fraction of a second, where the peers' last a minute: on a shared
/// machine a moment's noise would otherwise decide our figure alone.
/// Usage: extract-corpus SET_DIR OUT_DIR [PASSES | Ns]
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
    let passes: Int

    enum CodingKeys: String, CodingKey {
        case seconds, pages, bytes, passes
        case decodeSeconds = "decode_seconds"
    }
}

/// One page of the set, read and decoded before any timing.
struct CorpusPage {
    let id: String
    let url: String
    let page: DecodedPage
}

struct CorpusTruth: Decodable {
    let url: String?
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("extract-corpus: \(message)\n".utf8))
    exit(2)
}

/// How long the timed loop runs: a number of passes, or whole passes until some seconds are spent.
enum PassBudget {
    case passes(Int)
    case seconds(Double)

    init?(_ argument: String) {
        if argument.hasSuffix("s"), let seconds = Double(argument.dropLast()), seconds > 0 {
            self = .seconds(seconds)
        } else if let passes = Int(argument), passes > 0 {
            self = .passes(passes)
        } else {
            return nil
        }
    }

    func isDone(passes: Int, seconds: Double) -> Bool {
        switch self {
        case .passes(let wanted): passes >= wanted
        case .seconds(let wanted): seconds >= wanted
        }
    }
}

let arguments = CommandLine.arguments
guard (3...4).contains(arguments.count), let budget = PassBudget(arguments.count == 4 ? arguments[3] : "1") else {
    fail("usage: extract-corpus SET_DIR OUT_DIR [PASSES | Ns]")
}
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

/// Seconds since an arbitrary start, for the two clocks.
func secondsNow() -> Double {
    Double(DispatchTime.now().uptimeNanoseconds) / 1e9
}

/// The prediction for one page: its article, or the first of a digest's.
func extract(_ page: CorpusPage) -> ArticleExtraction? {
    (try? extractor.extractDetailed(page: page.page, url: page.url, selectors: SourceSelectors(), now: now))?.first
}

/// Reads and decodes every page of the set (the corpus's `encoding` field is deliberately
/// unused: the charset is detected, as in production).
func load() -> (pages: [CorpusPage], bytes: Int, decodeSeconds: Double) {
    var pages: [CorpusPage] = []
    var bytes = 0
    var decodeSeconds = 0.0
    for name in names.sorted() where name.hasSuffix(".html") {
        let id = String(name.dropLast(5))
        guard let data = files.contents(atPath: setDirectory.appendingPathComponent(name).path) else {
            fail("cannot read \(name)")
        }
        let truth = files.contents(atPath: setDirectory.appendingPathComponent(id + ".json").path)
            .flatMap { try? JSONDecoder().decode(CorpusTruth.self, from: $0) }
        let started = secondsNow()
        let page = PageDecoder().decode([UInt8](data), contentType: nil, override: nil, url: truth?.url ?? "")
        decodeSeconds += secondsNow() - started
        pages.append(CorpusPage(id: id, url: truth?.url ?? "", page: page))
        bytes += data.count
    }
    return (pages, bytes, decodeSeconds)
}

func write(_ extraction: ArticleExtraction?, for page: CorpusPage) {
    let prediction = CorpusPrediction(
        title: extraction?.article.title ?? "", date: extraction?.day?.description,
        body: extraction?.article.body ?? "")
    do {
        try encoder.encode(prediction).write(to: outDirectory.appendingPathComponent(page.id + ".json"))
    } catch {
        fail("cannot write the prediction for \(page.id): \(error)")
    }
}

let set = load()
if let first = set.pages.first { _ = extract(first) } // the scorer's untimed warm-up call
var seconds = 0.0
var passes = 0
var last: [ArticleExtraction?] = []
repeat {
    last = set.pages.map { page in
        let started = secondsNow()
        defer { seconds += secondsNow() - started }
        return extract(page)
    }
    passes += 1
} while !budget.isDone(passes: passes, seconds: seconds)
for (page, extraction) in zip(set.pages, last) { write(extraction, for: page) }
seconds /= Double(passes)
do {
    let timing = Timing(
        seconds: seconds, decodeSeconds: set.decodeSeconds, pages: set.pages.count, bytes: set.bytes,
        passes: passes)
    try encoder.encode(timing).write(to: outDirectory.appendingPathComponent("_timing.json"))
} catch {
    fail("cannot write _timing.json: \(error)")
}
print(
    "extract-corpus: \(set.pages.count) pages, \(set.bytes) bytes: parse + extract \(String(format: "%.3f", seconds)) s"
        + (passes > 1 ? " (mean of \(passes) passes)" : "") + ", decode \(String(format: "%.3f", set.decodeSeconds)) s")
