import Testing

@testable import WatchExtract

@Suite struct LineProbeTests {
    @Test func measuresLengthInScalars() {
        #expect(LineProbe("版权所有 ©2024 abc").length == 14)
        #expect(LineProbe("").length == 0)
    }

    /// The pairs are a filter in front of the search: they may let an absent word through,
    /// never stop a present one.
    @Test func neverRulesOutAWordThatIsThere() {
        let line = "当前位置：首页 > 社会监督 > 正文 Copyright © 2024 京ICP备14049160号-6"
        let probe = LineProbe(line)
        let scalars = Array(line.unicodeScalars)
        for start in scalars.indices {
            for end in (start + 1)...min(scalars.count, start + 8) {
                var word = String.UnicodeScalarView()
                word.append(contentsOf: scalars[start..<end])
                #expect(WordSet([String(word)]).anyOccurs(in: probe.utf8, pairs: probe.pairs))
            }
        }
    }

    @Test func rulesOutWordsWhosePairsAreAbsent() throws {
        let probe = LineProbe("国家邮政局召开专题会议，研究部署下半年重点工作。")
        let absent = ["欢迎", "版权所有", "Copyright", "公网安备", "扫一扫", "责任编辑"]
        // Absent words are ruled out by the pairs alone, before any search.
        let pairs = try #require(probe.pairs)
        #expect(absent.allSatisfy { !pairs.containsAll(BytePairs.bits(of: Array($0.utf8))) })
        #expect(WordSet(["研究部署"]).anyOccurs(in: probe.utf8, pairs: probe.pairs))
    }
}
