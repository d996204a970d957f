/// The PostgreSQL cases cannot run, and CI must run them.
public struct PostgresRequired: Error, CustomStringConvertible {
    public init() {}

    public var description: String {
        "PostgreSQL is required under CI=true: set \(PostgresTestDatabase.urlVariable) (make test starts one with .ci/pg-cluster)"
    }
}
