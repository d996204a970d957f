import Foundation
import LibZlib
import Logging
import WatchCore

#if canImport(Glibc)
    import Glibc
#endif

/// Appends fetched responses to `YYYY-MM.warc.gz` (UTC month) as WARC/1.1 `response` records,
/// one gzip member per record, a `warcinfo` record first in each new file. An actor, so
/// concurrent fetches append whole records one after another.
public actor WARCWriter {
    /// Archive appends and their flushes run on a queue of their own, off the cooperative pool.
    private let executor = BlockingWorkExecutor(label: "bureauwatch.warc")
    public nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }
    /// The archive folder (`state/archive`).
    public let folder: String
    private let software: String

    public init(folder: String, software: String = "bureauwatch/0.1") {
        self.folder = folder
        self.software = software
    }

    /// The file a response fetched at `date` goes to.
    public nonisolated func fileName(for date: Date) -> String {
        ShanghaiTime.utcMonth(date) + ".warc.gz"
    }

    /// Appends one `response` record (and a `warcinfo` first when the file is new). Only 200
    /// answers are archived (the pages themselves, not redirects, errors or 304s); the result
    /// says whether this one was.
    @discardableResult
    public func append(_ response: ArchivedResponse, logger: Logger) throws -> Bool {
        guard response.status == 200 else { return false }
        try AtomicFile.ensureFolder(folder)
        let name = fileName(for: response.fetchedAt)
        let path = folder + "/" + name
        var info = stat()
        let isNew = stat(path, &info) != 0 || info.st_size == 0
        var bytes: [UInt8] = []
        if isNew { bytes += try compressed(warcInfo(file: name, date: response.fetchedAt)) }
        bytes += try compressed(record(for: response))
        try appendBytes(bytes, to: path)
        if isNew { try AtomicFile.syncFolder(folder) }
        logger.debug("archived", metadata: ["url": "\(response.url)", "file": "\(name)"])
        return true
    }

    private func compressed(_ record: WARCRecord) throws -> [UInt8] {
        do {
            return try Gzip.member(try record.rendered())
        } catch {
            throw DeliveryError(path: folder, operation: "compress WARC record", message: "\(error)")
        }
    }

    private func record(for response: ArchivedResponse) throws -> WARCRecord {
        let block = HTTPResponseBlock.render(response)
        var fields = [("WARC-Target-URI", response.url)]
        fields.append(("WARC-Payload-Digest", try WARCRecord.digest(response.body)))
        return WARCRecord(
            type: "response", date: response.fetchedAt,
            contentType: "application/http; msgtype=response", block: block, extraFields: fields)
    }

    private func warcInfo(file: String, date: Date) -> WARCRecord {
        let text =
            "software: \(software)\r\nformat: WARC File Format 1.1\r\n"
            + "conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n"
        return WARCRecord(
            type: "warcinfo", date: date, contentType: "application/warc-fields",
            block: Array(text.utf8), extraFields: [("WARC-Filename", file)])
    }

    private func appendBytes(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw AtomicFile.failure(path, "open") }
        defer { close(fd) }
        try AtomicFile.writeAll(fd, bytes, path: path)
        guard fsync(fd) == 0 else { throw AtomicFile.failure(path, "fsync") }
    }
}
