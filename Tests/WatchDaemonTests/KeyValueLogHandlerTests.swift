import Foundation
import Logging
import Testing
import WatchDaemon

@Suite struct KeyValueLogHandlerTests {
    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [String] = []
        func append(_ line: String) { lock.withLock { stored.append(line) } }
        var all: [String] { lock.withLock { stored } }
    }

    @Test func writesOneLineWithSortedKeyValueMetadataAndNoColour() {
        let lines = Lines()
        var logger = Logger(label: "bureauwatch") { label in
            KeyValueLogHandler(label: label, level: .info, colour: false, write: lines.append)
        }
        logger[metadataKey: "source"] = "spb-news"
        logger.info("fetched list page", metadata: ["status": "200", "title": "国家邮政局 通知"])
        logger.debug("below the level")
        #expect(lines.all.count == 1)
        let line = lines.all[0]
        #expect(line.hasSuffix(" info bureauwatch: fetched list page source=spb-news status=200 title=\"国家邮政局 通知\"\n"))
        #expect(!line.contains("\u{1B}["))
    }
}
