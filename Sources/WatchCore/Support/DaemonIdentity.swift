import Foundation

/// The id a daemon goes by in a shared store (who holds a lease, who polled a source last):
/// `BUREAUWATCH_DAEMON_ID` when set, else `<hostname>-<pid>`, unique among live processes.
public enum DaemonIdentity {
    /// The environment variable that names the daemon.
    public static let variable = "BUREAUWATCH_DAEMON_ID"

    /// This process's id.
    public static func current(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        hostname: String = ProcessInfo.processInfo.hostName,
        pid: Int32 = ProcessInfo.processInfo.processIdentifier
    ) -> String {
        let named = environment[variable]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return named.isEmpty ? "\(hostname)-\(pid)" : named
    }

    /// The id of a one-shot `fetch`: never a daemon's, even where `BUREAUWATCH_DAEMON_ID` names
    /// one, so a fetch cannot take a running daemon's lease for its own; with a random part, as
    /// two containers may share a hostname and a pid.
    public static func oneShot(
        hostname: String = ProcessInfo.processInfo.hostName,
        pid: Int32 = ProcessInfo.processInfo.processIdentifier
    ) -> String {
        "fetch-\(hostname)-\(pid)-\(String(UInt16.random(in: .min ... .max), radix: 16))"
    }
}
