import LibSQLite
import WatchCore

/// ETag and Last-Modified per URL (`ValidatorStore`), kept on the seen URL.
extension SQLiteStore {
    public func validators(for url: String) throws -> Validators? {
        let found = try row("SELECT etag, last_modified FROM seen_urls WHERE url = ?", [.text(url)]) {
            Validators(etag: $0.string(at: 0), lastModified: $0.string(at: 1))
        }
        return found?.isEmpty == false ? found : nil
    }

    public func saveValidators(_ validators: Validators, for url: String) throws {
        try checkFile()
        try run(
            """
            INSERT INTO seen_urls (url, first_seen, etag, last_modified) VALUES (?1, ?2, ?3, ?4)
            ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified
            """, [.text(url), .date(clock.now), .optionalText(validators.etag), .optionalText(validators.lastModified)])
    }
}
