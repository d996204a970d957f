/// How `SQLiteStore` configures its connection.
public struct SQLiteStoreOptions: Sendable, Hashable {
    /// `PRAGMA synchronous` in WAL mode.
    public enum Synchronous: String, Sendable, Hashable {
        /// Commits reach the OS before returning (safe against a killed process) but are synced
        /// only at checkpoints: a power loss can roll back the last commits.
        case normal = "NORMAL"
        /// Every commit syncs the WAL: safe against power loss too.
        case full = "FULL"
    }

    /// Default `FULL`: the daemon stores a few pages a minute, so one fsync per commit costs
    /// nothing it would notice, while a commit that a power loss undoes after its webhook went
    /// out would announce the same article twice. `NORMAL` already survives SIGKILL.
    public var synchronous: Synchronous
    /// How long to wait for another connection's lock (the CLI reading while the daemon writes).
    public var busyTimeoutMilliseconds: Int32

    public init(synchronous: Synchronous = .full, busyTimeoutMilliseconds: Int32 = 5_000) {
        self.synchronous = synchronous
        self.busyTimeoutMilliseconds = busyTimeoutMilliseconds
    }
}
