/// The statements every poll runs, prepared (`Prepared`): the claim (with the source's record
/// and the list's validators), the rechecks with theirs, the 304s and the poll's record. Their `$n`
/// values are listed above each.
///
/// After five executions the server keeps one generic plan for a statement unless the plans it
/// made for the values given looked cheaper; then it plans every execution anew, which was most
/// of its work per poll. Each statement here is written so that its generic plan is as cheap
/// (checked with `pg_prepared_statements.generic_plans`): a claim of one source has its own,
/// as the plan for an array of ids stays custom.
enum PollStatements {
    /// $1 ids, $2 their lease expiries, $3 this daemon, $4 now, $5 due by, $6 their first list
    /// pages ("" where not a poll's), $7 their recheck windows' starts (infinity where none is
    /// wanted), $8–$11 the finished polls to record first (`recordedPolls`). Takes the leases of
    /// the sources that are free and due; the rows another claim is writing are skipped, not
    /// waited for (the finished polls' rows, this daemon's own, are written as any upsert is).
    /// Each claimed source's row comes back with its list page's validators, once per recheck
    /// target (read by `ClaimedRows`): the start of its poll (`PollStart`).
    enum Claim: PreparedSQL {
        static let name = "bureauwatch_claim"
        static var sql: String {
            """
            WITH \(recordedPolls(daemon: "$3::text", from: 8)), wanted AS (
                SELECT * FROM unnest($1::text[], $2::double precision[], $6::text[], $7::double precision[])
                    AS w (id, expires_at, list_url, recheck_since)
            ), free AS (
                SELECT s.id, w.expires_at, w.list_url, w.recheck_since FROM sources s JOIN wanted w ON w.id = s.id
                WHERE (s.lease_holder IS NULL OR s.lease_holder = $3::text OR s.lease_expires_at <= $4::double precision)
                    AND (s.next_due IS NULL OR s.next_due <= $5::double precision)
                    AND s.id <> ALL ($8::text[])
                ORDER BY s.id
                FOR UPDATE OF s SKIP LOCKED
            ), claimed AS (
                UPDATE sources s SET lease_holder = $3::text, lease_expires_at = free.expires_at
                FROM free WHERE s.id = free.id
                RETURNING s.*, free.list_url, free.recheck_since
            )
            SELECT \(PostgresStore.claimedColumns), v.etag, v.last_modified, t.url, t.etag, t.last_modified, t.needs
            FROM claimed c LEFT JOIN seen_urls v ON v.url = c.list_url
            LEFT JOIN LATERAL (\(dueTargets(source: "c.id", since: "c.recheck_since"))) AS t ON true
            ORDER BY c.id, t.first_seen, t.url
            """
        }
    }

    /// $1 the source's id, $2 this daemon, $3 its lease expiry, $4 now, $5 due by, $6 its first
    /// list page, $7 its recheck window's start, $8–$11 the finished polls to record first:
    /// `Claim` for one source, as a claim is once the daemon is under way (one poll ended, its
    /// record sent with the claim of the next due source).
    enum ClaimOne: PreparedSQL {
        static let name = "bureauwatch_claim_one"
        static var sql: String {
            """
            WITH \(recordedPolls(daemon: "$2::text", from: 8)), claimed AS (
                UPDATE sources s SET lease_holder = $2::text, lease_expires_at = $3::double precision
                WHERE s.id = (
                    SELECT id FROM sources WHERE id = $1::text AND id <> ALL ($8::text[])
                        AND (lease_holder IS NULL OR lease_holder = $2::text OR lease_expires_at <= $4::double precision)
                        AND (next_due IS NULL OR next_due <= $5::double precision)
                    FOR UPDATE SKIP LOCKED)
                RETURNING s.*
            )
            SELECT \(PostgresStore.claimedColumns), v.etag, v.last_modified, t.url, t.etag, t.last_modified, t.needs
            FROM claimed c LEFT JOIN seen_urls v ON v.url = $6::text
            LEFT JOIN LATERAL (\(dueTargets(source: "c.id", since: "$7::double precision"))) AS t ON true
            ORDER BY t.first_seen, t.url
            """
        }
    }

    /// $1 the source's id.
    enum SourceStatus: PreparedSQL {
        static let name = "bureauwatch_source_status"
        static var sql: String { "SELECT \(PostgresStore.sourceColumns) FROM sources WHERE id = $1::text" }
    }

    /// $1 the source's id, $2 its first list page: its record (no row for a source never
    /// polled) and the page's validators, as one row.
    enum PollStart: PreparedSQL {
        static let name = "bureauwatch_poll_start"
        static var sql: String {
            """
            SELECT s.*, v.etag, v.last_modified FROM (SELECT 1) AS one
            LEFT JOIN (SELECT \(PostgresStore.sourceColumns) FROM sources WHERE id = $1::text) AS s ON true
            LEFT JOIN seen_urls v ON v.url = $2::text
            """
        }
    }

    /// $1 ids: each one's lease and next due time (no row for a source never claimed). Why a
    /// claim was refused, and the look ahead of a refused daemon: with three daemons a few
    /// hundred times a cycle, each planned anew when it was not prepared.
    enum LeaseRows: PreparedSQL {
        static let name = "bureauwatch_lease_rows"
        static let sql = "SELECT id, lease_holder, lease_expires_at, next_due FROM sources WHERE id = ANY ($1::text[])"
    }

    /// $1 the URL.
    enum Validators: PreparedSQL {
        static let name = "bureauwatch_validators"
        static let sql = "SELECT etag, last_modified FROM seen_urls WHERE url = $1::text"
    }

    /// $1 the source's id, $2 first seen after: the URLs of its own sightings, by their index,
    /// and whether a 304 for each must be recorded (`RecheckTarget.needsNotModifiedRecord`).
    /// Removed articles too: a page that comes back restores its article. A source that adopts
    /// orphans runs `PostgresStore.adoptingRecheckTargets` instead (one plan for both kinds read
    /// every sighting).
    enum RecheckTargets: PreparedSQL {
        static let name = "bureauwatch_recheck_targets"
        static var sql: String {
            """
            SELECT t.url, t.etag, t.last_modified, t.needs
            FROM (\(dueTargets(source: "$1::text", since: "$2::double precision"))) AS t
            ORDER BY t.first_seen, t.url
            """
        }
    }

    /// The recheck targets of the source `source` names, its sightings first seen since `since`
    /// (SQL expressions): url, etag, last_modified, needs (a 304 must be recorded), first_seen.
    /// `RecheckTargets` on its own, and the claims for the poll that follows.
    static func dueTargets(source: String, since: String) -> String {
        """
        SELECT due.url, v.etag, v.last_modified,
            coalesce(v.gone_count, 0) <> 0
                OR EXISTS (SELECT 1 FROM sightings o WHERE o.url = due.url AND o.source_id <> \(source)) AS needs,
            due.first_seen
        FROM (
            SELECT s.url, min(a.first_seen) AS first_seen
            FROM sightings s JOIN articles a ON a.id = s.article_id
            WHERE s.source_id = \(source) AND a.first_seen >= \(since)
            GROUP BY s.url) AS due
        LEFT JOIN seen_urls v ON v.url = due.url
        """
    }

    /// $1 the URL, $2 its status, $3 now. Only a run of gone answers is broken: a URL with none
    /// is left as it is (an upsert would lock and log it), so a 304 like the last writes nothing.
    /// `last_status` then keeps the answer that was stored (nothing reads it).
    enum Alive: PreparedSQL {
        static let name = "bureauwatch_alive"
        static let sql = """
            WITH changed AS (
                UPDATE seen_urls SET last_status = $2::integer, gone_count = 0
                WHERE url = $1::text AND gone_count <> 0
            )
            INSERT INTO seen_urls (url, first_seen, last_status, gone_count)
            SELECT $1::text, $3::double precision, $2::integer, 0
            WHERE NOT EXISTS (SELECT 1 FROM seen_urls WHERE url = $1::text)
            ON CONFLICT (url) DO UPDATE SET last_status = excluded.last_status, gone_count = 0
            """
    }

    /// $1 the source's id, $2 its kind, $3 now, $4 next due, $5 this daemon.
    enum PollSuccess: PreparedSQL {
        static let name = "bureauwatch_poll_success"
        static let sql = """
            INSERT INTO sources (id, kind, last_success, next_due, last_polled_by)
            VALUES ($1::text, $2::text, $3::double precision, $4::double precision, $5::text)
            ON CONFLICT (id) DO UPDATE SET \(successColumns)
            """
    }

    /// A claim's first part: the polls that ended, each written as `PollSuccess` writes one, from
    /// `$first` ids, kinds, ends and next due times (arrays; empty when there are none). The
    /// claim that follows skips these sources: one row is not written twice by one statement.
    static func recordedPolls(daemon: String, from first: Int) -> String {
        """
        recorded AS (
            INSERT INTO sources (id, kind, last_success, next_due, last_polled_by)
            SELECT r.id, r.kind, r.at, r.next_due, \(daemon) FROM unnest($\(first)::text[], $\(first + 1)::text[],
                $\(first + 2)::double precision[], $\(first + 3)::double precision[]) AS r (id, kind, at, next_due)
            ON CONFLICT (id) DO UPDATE SET \(successColumns)
        )
        """
    }

    /// What a success writes on a source's row. A recovered source shows no error: the last one
    /// is history once a poll succeeds. This daemon's lease ends (another's, taken after this
    /// one's expired, stays).
    static let successColumns = """
        kind = excluded.kind, consecutive_failures = 0,
            last_success = excluded.last_success, next_due = excluded.next_due, last_error_kind = NULL,
            last_error_message = NULL, last_error_at = NULL, last_polled_by = excluded.last_polled_by,
        """ + PostgresStore.endOwnLease
}
