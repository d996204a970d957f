import Foundation
import Testing

@testable import WatchDeliver

@Suite struct ShanghaiTimeTests {
    @Test func fieldsMatchFoundationsCalendarAcrossCenturiesAndLeapDays() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 8 * 3600)!
        // Every ~3.7 days from 1900 to 2100, plus leap-day edges.
        var instants = stride(from: -2_208_988_800.0, to: 4_102_444_800.0, by: 321_987.0).map {
            Date(timeIntervalSince1970: $0)
        }
        instants += [951_782_399, 951_782_400, 951_868_800, 4_107_542_399].map { Date(timeIntervalSince1970: $0) }
        for date in instants {
            let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            let expected = String(
                format: "%04d-%02d-%02dT%02d:%02d:%02d+08:00",
                c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
            #expect(ShanghaiTime.timestamp(date) == expected)
        }
    }
}
