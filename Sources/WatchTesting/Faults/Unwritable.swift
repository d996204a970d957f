import Foundation

/// Makes a folder refuse new files, for root too: the immutable attribute under root (which
/// passes permission bits), mode 0555 otherwise. `restore` undoes it, so it can be removed.
public enum Unwritable {
    public static func make(_ folder: URL) throws {
        if geteuid() == 0 {
            let run = try ChildProcess.run("chattr", ["+i", folder.path])
            guard run.status == 0 else {
                throw ChildProcess.Failure(description: "chattr +i \(folder.path): \(run.errors)")
            }
        } else {
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        }
    }

    public static func restore(_ folder: URL) {
        if geteuid() == 0 {
            _ = try? ChildProcess.run("chattr", ["-i", folder.path])
        } else {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        }
    }
}
