import PostgresTesting
import Testing

extension PostgresTestDatabase {
    /// `skipReason` as the comment a disabled test carries.
    static var skipMessage: Comment { Comment(rawValue: skipReason) }
}
