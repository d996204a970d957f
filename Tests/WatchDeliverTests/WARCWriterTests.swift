import Foundation
import LibZlib
import Logging
import Testing
import WatchCore

@testable import WatchDeliver

@Suite struct WARCWriterTests {
    static let responses: [ArchivedResponse] = [
        ArchivedResponse(
            url: "https://www.spb.gov.cn/gjyzj/c100015/list.shtml", status: 200,
            headers: [HTTPHeader("Content-Type", "text/html; charset=utf-8"), HTTPHeader("ETag", "\"v1\"")],
            body: Array("<html><body>国家邮政局 行业动态</body></html>".utf8), fetchedAt: Fixtures.fetched),
        ArchivedResponse(
            url: "http://gd.spb.gov.cn/a1.shtml", status: 200,
            headers: [
                HTTPHeader("Content-Type", "text/html; charset=gb2312"),
                HTTPHeader("Content-Encoding", "gzip"), HTTPHeader("Content-Length", "17"),
            ],
            body: [0xB9, 0xFA, 0xBC, 0xD2, 0x0D, 0x0A, 0x00, 0xFF], fetchedAt: Fixtures.fetched.addingTimeInterval(5)),
        ArchivedResponse(
            url: "https://mirror.example/empty", status: 200, headers: [], body: [],
            fetchedAt: Fixtures.fetched.addingTimeInterval(9)),
    ]

    @Test func warcioReadsBackEveryRecordWithItsURIAndPayload() async throws {
        let folder = try Fixtures.temporaryFolder() + "/state/archive"
        let writer = WARCWriter(folder: folder)
        for response in Self.responses { try await writer.append(response, logger: Fixtures.logger) }
        #expect(try Fixtures.names(in: folder) == ["2026-11.warc.gz"])
        let script = """
            import sys, json, hashlib
            from warcio.archiveiterator import ArchiveIterator
            out = []
            with open(sys.argv[1], 'rb') as f:
                for record in ArchiveIterator(f, check_digests='raise'):
                    payload = record.content_stream().read()
                    out.append({"type": record.rec_type, "uri": record.rec_headers.get_header('WARC-Target-URI'),
                                "status": record.http_headers.get_statuscode() if record.http_headers else None,
                                "ctype": record.http_headers.get_header('Content-Type') if record.http_headers else None,
                                "sha256": hashlib.sha256(payload).hexdigest(),
                                "id": record.rec_headers.get_header('WARC-Record-ID'),
                                "version": record.rec_headers.protocol})
            print(json.dumps(out))
            """
        let output = try PythonTool.run(script, arguments: [folder + "/2026-11.warc.gz"])
        let records = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]] ?? []
        #expect(records.map { $0["type"] as? String } == ["warcinfo", "response", "response", "response"])
        #expect(records.allSatisfy { $0["version"] as? String == "WARC/1.1" })
        #expect(Set(records.compactMap { $0["id"] as? String }).count == 4)
        for (record, response) in zip(records.dropFirst(), Self.responses) {
            #expect(record["uri"] as? String == response.url)
            #expect(record["status"] as? String == "200")
            #expect(record["sha256"] as? String == Digest256.hex(response.body))
            #expect((record["id"] as? String)?.hasPrefix("<urn:uuid:") == true)
        }
        #expect(records[2]["ctype"] as? String == "text/html; charset=gb2312")
    }

    @Test func eachRecordIsItsOwnGzipMemberAndANewMonthStartsANewFile() async throws {
        let folder = try Fixtures.temporaryFolder()
        let writer = WARCWriter(folder: folder)
        try await writer.append(Self.responses[0], logger: Fixtures.logger)
        let first = try Array(Data(contentsOf: URL(fileURLWithPath: folder + "/2026-11.warc.gz")))
        try await writer.append(Self.responses[1], logger: Fixtures.logger)
        let both = try Array(Data(contentsOf: URL(fileURLWithPath: folder + "/2026-11.warc.gz")))
        // Appending never rewrites what is there: the first members are a prefix of the file.
        #expect(Array(both.prefix(first.count)) == first)
        let text = String(decoding: try Gzip.decompressMembers(both), as: UTF8.self)
        #expect(text.components(separatedBy: "WARC/1.1\r\n").count - 1 == 3)
        #expect(text.contains("WARC-Type: warcinfo\r\n"))
        #expect(!text.contains("Content-Encoding: gzip"))
        var december = Self.responses[0]
        december.fetchedAt = Date(timeIntervalSince1970: 1_796_112_000) // 2026-12-01T08:00Z
        try await writer.append(december, logger: Fixtures.logger)
        #expect(try Fixtures.names(in: folder) == ["2026-11.warc.gz", "2026-12.warc.gz"])
        var notModified = Self.responses[0]
        notModified.status = 304
        notModified.body = []
        let sizeBefore = try Data(contentsOf: URL(fileURLWithPath: folder + "/2026-11.warc.gz")).count
        #expect(try await writer.append(notModified, logger: Fixtures.logger) == false)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/2026-11.warc.gz")).count == sizeBefore)
    }

    @Test func gzipRoundTripsAndRejectsGarbage() throws {
        let input = Array((0..<100_000).map { UInt8(truncatingIfNeeded: $0 * 7 % 251) })
        let member = try Gzip.member(input)
        #expect(member.prefix(2) == [0x1F, 0x8B])
        #expect(try Gzip.decompressMembers(member + member) == input + input)
        #expect(throws: GzipError.self) {
            try Gzip.decompressMembers(Array(member.prefix(member.count / 2)) + [1, 2, 3])
        }
    }
}
