/// Step 3: the leases that let several daemons share one database (issue 19). A lease is a
/// holder (the daemon's id) and an expiry in Unix seconds; a holder killed mid-poll never clears
/// its lease, and the expiry hands the source or lane to another daemon.
extension PostgresSchema {
    static let leaseTables = [
        """
        ALTER TABLE sources ADD COLUMN lease_holder TEXT, ADD COLUMN lease_expires_at DOUBLE PRECISION,
            ADD COLUMN last_polled_by TEXT
        """,
        // One row per webhook lane: `holder` sends its entries until `expires_at` (renewed while
        // the lane drains); after a release the row keeps the last sender and the moment the
        // lane is free again (its pacing gap, or a pause the receiver asked for).
        """
        CREATE TABLE outbox_lanes (
            webhook_id TEXT COLLATE "C" PRIMARY KEY,
            holder TEXT,
            expires_at DOUBLE PRECISION
        )
        """,
    ]
}
