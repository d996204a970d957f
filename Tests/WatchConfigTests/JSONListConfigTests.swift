import Testing
import WatchConfig
import WatchCore

/// `list: json` sources: the preset, a field mapping, and mistakes located at file:line:column.
@Suite struct JSONListConfigTests: ReadsConfigText {
    static func config(_ source: String) -> String {
        """
        sources:
          - id: spb-policy-api
            name: 国家邮政局 · 政策法规标准
            kind: bureau
        \(source)
        """
    }

    func parse(_ source: String) throws -> SourceConfig {
        try #require(load(Self.config(source)).sources.first)
    }

    @Test func thePresetNeedsOnlyTheChannelsURL() throws {
        let source = try parse(
            """
                url: https://www.spb.gov.cn/common/search/de7de12df24948b98dcb8420d3777c04?_isJson=true&_pageSize=50&page={page}
                list: json
                json: { preset: spb-cms }
                pages: 3
            """)
        #expect(source.list == .json)
        #expect(source.json == JSONListMapping(preset: .spbCMS))
        #expect(source.json?.items == "data.results")
        #expect(source.url.hasSuffix("page={page}"))
    }

    @Test func aMappingNamesItsPathsAndMayOverrideAPreset() throws {
        let plain = try parse(
            """
                url: https://example.gov.cn/api/list
                list: json
                json: { items: data.rows, title: name, url: link, date: meta.day, total: data.count }
            """)
        #expect(
            plain.json
                == JSONListMapping(
                    items: "data.rows", title: "name", url: "link", date: "meta.day", total: "data.count"))
        let tuned = try parse(
            """
                url: https://example.gov.cn/api/list
                list: json
                json: { preset: spb-cms, body: contentHtml }
            """)
        #expect(tuned.json?.body == "contentHtml")
        #expect(tuned.json?.items == "data.results")
    }

    @Test func mistakesAreLocated() {
        let cases: [(String, String, Int)] = [
            ("    url: https://e.gov.cn/a\n    list: json\n", "has 'list: json' but no 'json' mapping", 6),
            ("    url: https://e.gov.cn/a\n    list: xml\n", "'list' must be html or json", 6),
            ("    url: https://e.gov.cn/a\n    json: { preset: spb-cms }\n", "needs 'list: json'", 6),
            (
                "    url: https://e.gov.cn/a\n    list: json\n    json: { preset: wordpress }\n",
                "unknown JSON preset 'wordpress'", 7
            ),
            ("    url: https://e.gov.cn/a\n    list: json\n    json: { items: data.rows }\n", "needs 'title'", 7),
            (
                "    url: https://e.gov.cn/a\n    list: json\n    json: { preset: spb-cms, items: 'data..rows' }\n",
                "dotted path", 7
            ),
            (
                "    url: https://e.gov.cn/a\n    list: json\n    json: { preset: spb-cms, colour: red }\n",
                "unknown key 'colour'", 7
            ),
            (
                "    url: https://e.gov.cn/a\n    list: json\n    json: { preset: spb-cms }\n    pages: 2\n",
                "needs {page}", 5
            ),
        ]
        for (source, expected, line) in cases {
            let error = failure(Self.config(source))
            #expect(error?.message.contains(expected) == true, "\(source): \(String(describing: error))")
            #expect(error?.line == line, "\(source): \(String(describing: error))")
            #expect(error?.file == "/etc/bw/sources.yaml")
            #expect((error?.column ?? 0) > 0)
        }
    }
}
