import Foundation
import Testing

@testable import WatchConfig

/// A value of nothing but blanks is empty: tabs, spaces of any width, and the zero-width space
/// pasted with text from Chinese web pages, as `CharacterSet.whitespaces` has them.
@Suite struct BlankValueTests {
    @Test func theBlankTestAgreesWithFoundationsWhitespaceOnEveryScalar() {
        let whitespace = CharacterSet.whitespaces
        let differing = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter {
            ConfigNode.isBlank($0) != whitespace.contains($0)
        }
        #expect(differing.isEmpty, "\(differing.prefix(10).map { String($0.value, radix: 16) })")
    }

    @Test(arguments: ["\"\\u200B\"", "\"\\u3000\\u200B \\t\"", "\"\\u00A0\""])
    func aNameOfBlanksIsRefusedWhereItStands(name: String) {
        let text = """
            sources:
              - id: spb-news
                name: \(name)
                kind: bureau
                url: https://www.spb.gov.cn/list.shtml
            """
        var failure: ConfigError?
        do {
            _ = try ConfigLoader(environment: [:]).parse(text, file: "sources.yaml")
        } catch {
            failure = error as? ConfigError
        }
        let error = failure
        #expect(error?.message.contains("must not be empty") == true, "\(String(describing: error))")
        #expect(error?.line == 3, "\(String(describing: error))")
    }
}
