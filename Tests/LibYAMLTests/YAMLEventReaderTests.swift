import LibYAML
import Testing

@Suite struct YAMLEventReaderTests {
    func events(_ text: String) throws -> [YAMLEvent] {
        let reader = try YAMLEventReader(utf8: Array(text.utf8))
        var events: [YAMLEvent] = []
        repeat { events.append(try reader.next()) } while events.last?.kind != .streamEnd
        return events
    }

    @Test func aDocumentIsReadAsEventsWithTheirPlacesAndAnchors() throws {
        let read = try events("a: &x [1, \"b\\0c\"]\nd: *x\n")
        #expect(
            read.map(\.kind) == [
                .streamStart, .documentStart, .mappingStart(anchor: nil), .scalar("a", anchor: nil),
                .sequenceStart(anchor: "x"), .scalar("1", anchor: nil), .scalar("b\0c", anchor: nil), .sequenceEnd,
                .scalar("d", anchor: nil), .alias(anchor: "x"), .mappingEnd, .documentEnd, .streamEnd,
            ])
        // `d` starts line 2, column 1; the alias at column 4.
        #expect(read[8].mark == YAMLMark(line: 2, column: 1))
        #expect(read[9].mark == YAMLMark(line: 2, column: 4))
    }

    @Test func aSyntaxErrorSaysWhatAndWhere() throws {
        #expect {
            _ = try events("a: b\n  c: d: e\n")
        } throws: { error in
            guard let error = error as? YAMLError else { return false }
            return error.stage == .scanner && error.mark.line == 2 && error.problem.contains("mapping values")
        }
    }

    @Test func aCharacterYAMLForbidsIsAReaderErrorAtItsByte() throws {
        #expect {
            _ = try events("ab: c\u{1}d\n")
        } throws: { error in
            guard let error = error as? YAMLError else { return false }
            return error.stage == .reader && error.byteOffset == 5
        }
    }
}
