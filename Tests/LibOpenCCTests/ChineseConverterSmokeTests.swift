import LibOpenCC
import Testing

@Suite struct ChineseConverterSmokeTests {
    @Test func convertsTraditionalToSimplified() throws {
        let converter = try ChineseConverter()
        #expect(try converter.convert("山西郵政管理局長") == "山西邮政管理局长")
    }

    @Test func anUnknownConfigIsASwiftError() {
        #expect(throws: OpenCCError.self) { try ChineseConverter(config: "/nonexistent/none.json") }
    }
}
