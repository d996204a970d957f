import ArgumentParser
import Foundation
import WatchCore
import WatchExtract

extension ExtractCommand {
    /// The address a list page's links resolve against: the fetched URL, or for a file `--url`,
    /// else the `--source`'s URL.
    func listURL(fetched: String, settings: SourceConfig?) throws -> String {
        if !fetched.hasPrefix("file:") { return fetched }
        guard let base = pageURL ?? settings?.url else {
            throw ValidationError(
                "a list page read from a file needs --url (the address it was saved from) or --source")
        }
        return base
    }

    /// Prints what the list page yields; exits 1 when it yields no row (the reason is printed).
    func showList(_ page: DecodedPage, url: String, selectors: SourceSelectors) throws {
        let document = try page.document()
        let extractor = ListPageExtractor()
        let found: ListPage
        do {
            found = try extractor.links(in: document, pageURL: url, selectors: selectors)
        } catch let error as ListPageError {
            throw ValidationError("\(error)")
        }
        let report = ListReport(url: url, page: found, problem: extractor.diagnosis(of: document, page: found))
        print(json ? try report.json() : report.text())
        if report.error != nil { throw ExitCode(1) }
    }
}
