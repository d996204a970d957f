import Testing

@testable import WatchDedup

@Suite struct NumberAgreementTests {
    @Test func equalSequencesAgree() {
        #expect(NumberAgreement.agree(["8", "18", "19", "11"], ["8", "18", "19", "11"]))
        #expect(NumberAgreement.agree([String](), []))
    }

    @Test func aDateLineAtEitherEdgeIsTolerated() {
        let body = ["8", "18", "19", "11"]
        #expect(NumberAgreement.agree(["2015", "8", "21"] + body, body))
        #expect(NumberAgreement.agree(body, body + ["2015", "8", "21"]))
        #expect(NumberAgreement.agree(["2015"] + body + ["8", "21"], body))
        #expect(NumberAgreement.agree(["2023", "10", "26"], []))
    }

    @Test func aChangedNumberDisagrees() {
        #expect(!NumberAgreement.agree(["5", "156.9"], ["6", "161.3"]))
        #expect(!NumberAgreement.agree(["1", "5", "156.9", "22.8"], ["1", "5", "156.9", "22.9"]))
    }

    @Test func aNumberInsertedInTheMiddleDisagrees() {
        #expect(!NumberAgreement.agree(["8", "18", "19", "11"], ["8", "18", "20", "19", "11"]))
    }

    @Test func moreThanThreeExtraNumbersDisagree() {
        #expect(!NumberAgreement.agree(["1", "2", "3", "4", "8"], ["8"]))
    }

    @Test func packedNumbersRoundTrip() {
        var table = NumberTable()
        table.append(["2015", "8", "156.9"])
        table.append([])
        table.append(["0"])
        #expect(table.numbers(at: 0) == NumberTable.encode(["2015", "8", "156.9"]))
        #expect(table.numbers(at: 1).isEmpty)
        #expect(table.numbers(at: 2) == NumberTable.encode(["0"]))
    }

    @Test func containedNumbersRunInARowWithExtrasAtEitherEdge() {
        let body = ["2024", "857.4", "22"]
        #expect(NumberAgreement.contained(body, ["2024", "7", "18", "10", "21"] + body + ["351", "4046312"]))
        #expect(NumberAgreement.contained(["857.4"], body))
        #expect(NumberAgreement.contained([String](), body))
        #expect(!NumberAgreement.contained(body, ["2024", "875.4", "22", "7"]))
        #expect(!NumberAgreement.contained(body, ["2024", "857.4", "1", "22"]))
    }
}
