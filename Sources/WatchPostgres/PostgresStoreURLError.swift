/// A `store:` URL that cannot be used, naming what is wrong (never the password).
public enum PostgresStoreURLError: Error, Hashable, CustomStringConvertible {
    case notPostgres
    case missingUser
    case badPort
    case badOption(String)

    public var description: String {
        switch self {
        case .notPostgres: "a PostgreSQL store URL starts with postgres:// or postgresql://"
        case .missingUser: "the PostgreSQL store URL names no user (postgres://user@host/database)"
        case .badPort: "the PostgreSQL store URL has a port that is not a number from 1 to 65535"
        case .badOption(let option): "unknown PostgreSQL store URL option \(option)"
        }
    }
}
