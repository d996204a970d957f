import PostgresNIO
import WatchCore

/// ETag and Last-Modified per URL (`ValidatorStore`), kept on the seen URL.
extension PostgresStore {
    public func validators(for url: String) async throws -> Validators? {
        let found = try await read { db in
            try await db.rows(Prepared<PollStatements.Validators> { $0.append(url) }) {
                Validators(etag: try $0.string(0), lastModified: try $0.string(1))
            }.first
        }
        return found?.isEmpty == false ? found : nil
    }

    public func saveValidators(_ validators: Validators, for url: String) async throws {
        let now = StoreValues.seconds(clock.now)
        try await read { db in
            try await db.run(
                """
                INSERT INTO seen_urls (url, first_seen, etag, last_modified)
                VALUES (\(url), \(now), \(validators.etag), \(validators.lastModified))
                ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified
                """)
        }
    }
}
