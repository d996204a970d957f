import Foundation
import Testing

@testable import WatchDeliver

/// A killed writer's temporaries go at the next start; nothing else in the folder does.
@Suite struct AtomicFileLeftoverTests {
    @Test func onlyTheWritersTemporaryNamesAreRemoved() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bw-leftovers-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try AtomicFile.write(Array("kept".utf8), to: "2026-01-01_gd-news_0123456789ab.md", in: folder)
        let leftover = ".2026-01-02_gd-news_ba9876543210.md.C1AAD826.tmp"
        let others = [".hidden", "notes.tmp", ".x.tmp", "feed.xml"]
        for name in [leftover] + others {
            #expect(FileManager.default.createFile(atPath: folder + "/" + name, contents: Data("x".utf8)))
        }

        let removed = try AtomicFile.removeLeftovers(in: folder)

        #expect(removed == [leftover])
        let remaining = Set(try FileManager.default.contentsOfDirectory(atPath: folder))
        #expect(remaining == Set(others + ["2026-01-01_gd-news_0123456789ab.md"]))
        #expect(try AtomicFile.removeLeftovers(in: folder + "/missing").isEmpty)
    }

    /// Daemons sharing a folder: another daemon's temporary, being written now, stays.
    @Test func aSharedFolderLosesOnlyTemporariesOlderThanAnyWrite() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bw-leftovers-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fresh = ".2026-01-02_gd-news_ba9876543210.md.C1AAD826.tmp"
        let stale = ".2026-01-03_gd-news_ba9876543211.md.D2BBE937.tmp"
        for name in [fresh, stale] {
            #expect(FileManager.default.createFile(atPath: folder + "/" + name, contents: Data("x".utf8)))
        }
        let old = Date().addingTimeInterval(-(AtomicFile.sharedLeftoverAge + 60))
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: folder + "/" + stale)

        let removed = try AtomicFile.removeLeftovers(in: folder, olderThan: AtomicFile.sharedLeftoverAge)

        #expect(removed == [stale])
        #expect(FileManager.default.fileExists(atPath: folder + "/" + fresh))
    }
}
