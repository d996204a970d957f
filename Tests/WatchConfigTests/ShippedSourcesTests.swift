import Foundation
import Testing
import WatchConfig
import WatchCore

/// The repository's own sources.yaml: every bureau source is a named channel on an spb.gov.cn
/// host, ids are unique, and mirrors are declared as mirrors.
@Suite struct ShippedSourcesTests {
    static let path = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("sources.yaml").path

    @Test func bureausAreNamedChannelsOfThePostalRegulators() throws {
        let config = try ConfigLoader(environment: [:]).load(path: Self.path)
        let bureaus = config.sources.filter { $0.kind == .bureau }
        #expect(bureaus.count >= 10)
        #expect(config.sources.contains { $0.kind == .mirror })
        #expect(Set(config.sources.map(\.id)).count == config.sources.count)
        for source in config.sources {
            #expect(!source.name.isEmpty, "\(source.id) has no name")
            let host = try #require(URL(string: source.url)?.host, "\(source.id): \(source.url)")
            if source.kind == .bureau { #expect(host.hasSuffix("spb.gov.cn"), "\(source.id): \(host)") }
        }
    }
}
