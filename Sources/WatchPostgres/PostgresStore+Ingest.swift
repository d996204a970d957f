import PostgresNIO
import WatchCore

/// `IngestCoordination` across daemons: a session advisory lock around each dedup decision and
/// its records, and `article_texts.seq` as the log of texts stored.
extension PostgresStore {
    public func exclusiveIngest<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        try await withPooledConnection { connection in
            let session = PostgresSession(connection: connection, logger: logger)
            try await session.run("SELECT pg_advisory_lock(\(PostgresLocks.ingest))")
            let held = HeldSession(store: ObjectIdentifier(self), session: session)
            let result: Result<T, any Error>
            do {
                result = .success(try await HeldSession.$current.withValue(held) { try await body() })
            } catch {
                result = .failure(error)
            }
            // Not cancelled with the caller: a connection back in the pool must not keep the lock.
            _ = try await Task { try await session.run("SELECT pg_advisory_unlock(\(PostgresLocks.ingest))") }.value
            return try result.get()
        }
    }

    public func textLogPosition() async throws -> Int64? {
        try await read { db in
            try await db.row("SELECT coalesce(max(seq), 0) FROM article_texts") { try $0.int64(0) } ?? 0
        }
    }

    public func texts(after position: Int64, limit: Int) async throws -> (texts: [StoredFingerprint], position: Int64) {
        let rows = try await read { db in
            try await db.rows(
                """
                SELECT seq, article_id, sha256, simhash, numbers, sketch FROM article_texts
                WHERE seq > \(position) ORDER BY seq LIMIT \(limit)
                """
            ) { row in
                (
                    seq: try row.int64(0),
                    text: StoredFingerprint(
                        articleID: try row.articleID(1),
                        fingerprint: ContentFingerprint(
                            sha256: try row.string(2) ?? "", simhash: try row.simhash(3),
                            numbers: try row.strings(4), sketch: try row.sketch(5)))
                )
            }
        }
        return (rows.map(\.text), rows.last?.seq ?? position)
    }
}
