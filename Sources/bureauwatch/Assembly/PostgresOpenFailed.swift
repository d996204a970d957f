/// The PostgreSQL store could not be reached or migrated; the URL named without its password.
struct PostgresOpenFailed: Error, CustomStringConvertible {
    let url: String
    let reason: String

    var description: String { "cannot open the PostgreSQL store \(url): \(reason)" }
}
