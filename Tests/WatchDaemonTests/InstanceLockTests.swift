import Foundation
import Testing
import WatchDaemon

@Suite struct InstanceLockTests {
    @Test func aSecondLockOnTheSameStateFolderIsRefusedUntilTheFirstIsReleased() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bw-lock-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }

        var first: InstanceLock? = try InstanceLock(stateDir: folder)
        do {
            _ = try InstanceLock(stateDir: folder)
            Issue.record("a second lock was granted")
        } catch let refused as InstanceLock.Refused {
            #expect(refused.reason.contains("already running"))
            #expect(refused.holder == "\(ProcessInfo.processInfo.processIdentifier)")
        }
        #expect(first != nil)
        first = nil
        _ = try InstanceLock(stateDir: folder)
    }
}
