import Foundation

/// Column text both stores write and read the same way, so SQLite and PostgreSQL agree on it.
public enum StoredText {
    /// Attachments as the JSON array both stores keep in one column.
    public static func attachments(_ attachments: [Attachment]) throws -> String {
        String(decoding: try JSONEncoder().encode(attachments), as: UTF8.self)
    }

    /// The attachments a column holds; unreadable JSON is a corrupt store, not an empty list.
    public static func attachments(from text: String) throws -> [Attachment] {
        do {
            return try JSONDecoder().decode([Attachment].self, from: Data(text.utf8))
        } catch {
            throw StoreError.corrupt("attachments column: \(error)")
        }
    }

    /// A LIKE pattern that matches `text` anywhere, with `%`, `_` and `\` escaped by `\` (the
    /// escape character both engines take with `ESCAPE '\'` or by default).
    public static func containsPattern(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return "%" + escaped + "%"
    }

    /// `notify status`'s rows: each webhook with deliveries or a status, its pending and
    /// abandoned counts, oldest pending entry and last outcomes. Plain SQL both engines run.
    public static let deliveryStatusQuery = """
        SELECT w.id,
            (SELECT count(*) FROM outbox WHERE webhook_id = w.id AND state = 'pending'),
            (SELECT count(*) FROM outbox WHERE webhook_id = w.id AND state = 'abandoned'),
            (SELECT min(created_at) FROM outbox WHERE webhook_id = w.id AND state = 'pending'),
            s.failing_since, s.last_error, s.last_error_at, s.last_success
        FROM (SELECT webhook_id AS id FROM outbox UNION SELECT webhook_id FROM webhook_status) AS w
        LEFT JOIN webhook_status AS s ON s.webhook_id = w.id
        ORDER BY w.id
        """
}
