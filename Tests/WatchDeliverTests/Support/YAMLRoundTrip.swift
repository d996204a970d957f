import Foundation

/// Reads front matter back with PyYAML, the parser most tools that read these files use.
enum YAMLRoundTrip {
    static func frontMatter(_ document: String) throws -> [String: Any] {
        try frontMatters([document]).first ?? [:]
    }

    /// All documents in one Python run (each start of Python costs a few hundred milliseconds).
    static func frontMatters(_ documents: [String]) throws -> [[String: Any]] {
        let script = """
            import sys, json, yaml
            out = []
            for path in sys.argv[1:]:
                text = open(path, encoding='utf-8', newline='').read()
                assert text.startswith('---\\n'), 'no front matter in ' + path
                head = text[4:text.index('\\n---\\n', 4)]
                out.append(yaml.safe_load(head))
            print(json.dumps(out, ensure_ascii=True, default=str))
            """
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var paths: [String] = []
        for (index, document) in documents.enumerated() {
            let path = folder + "/\(index).md"
            try Data(document.utf8).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        let output = try PythonTool.run(script, arguments: paths)
        return try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]] ?? []
    }
}
