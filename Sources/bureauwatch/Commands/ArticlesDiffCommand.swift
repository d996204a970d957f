import ArgumentParser
import Foundation
import WatchCore

/// `articles diff ID [V1 V2]`: the line diff between two stored versions of one article.
struct ArticlesDiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff", abstract: "What changed between two versions of an article (default: the last two).")
    @OptionGroup var options: ConfigOption
    @OptionGroup var logging: LoggingOption
    @Argument(help: "The article id (or a unique prefix of it).") var id: String
    @Argument(help: "The older version, then the newer one.") var versions: [Int] = []

    func validate() throws {
        guard versions.isEmpty || versions.count == 2 else {
            throw ValidationError("give two version numbers (e.g. 1 2), or none for the last two")
        }
    }

    func run() async throws {
        let store = try await StateAccess.openStore(try options.loadConfig(), logger: try logging.makeLogger())
        let detail = try await ArticleListing.detail(id, in: store)
        let stored = detail.versions
        guard stored.count >= 2 || versions.count == 2 else {
            try ArticleListing.fail("article \(detail.article.shortID) has one version; nothing to compare")
        }
        let wanted = versions.isEmpty ? stored.suffix(2).map(\.number) : versions
        var pair: [ArticleVersion] = []
        for number in wanted {
            guard let version = stored.first(where: { $0.number == number }) else {
                let known = stored.map { String($0.number) }.joined(separator: ", ")
                try ArticleListing.fail(
                    "article \(detail.article.shortID) has no version \(number) (versions: \(known))")
            }
            pair.append(version)
        }
        print("--- v\(pair[0].number) \(StateAccess.format(pair[0].fetchedAt))  \(pair[0].title)")
        print("+++ v\(pair[1].number) \(StateAccess.format(pair[1].fetchedAt))  \(pair[1].title)")
        let diff = LineDiff(from: pair[0].title + "\n" + pair[0].body, to: pair[1].title + "\n" + pair[1].body)
        for line in diff.unified { print(line) }
    }
}
