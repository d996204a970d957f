import PostgresNIO

extension PostgresStoreURL {
    /// The socket libpq would use in `socketFolder` for this port.
    public var socketPath: String? {
        socketFolder.map { "\($0)/.s.PGSQL.\(port)" }
    }

    /// postgres-nio's configuration for this URL; the password, when the URL has none, from
    /// `pgpass` (`PGPassFile.load()` by default).
    public func clientConfiguration(pgpass: PGPassFile? = PGPassFile.load()) -> PostgresClient.Configuration {
        let password =
            self.password
            ?? pgpass?.password(
                host: socketPath == nil ? host : "localhost", port: port,
                database: database, user: user)
        if let socketPath {
            return PostgresClient.Configuration(
                unixSocketPath: socketPath, username: user, password: password,
                database: database)
        }
        return PostgresClient.Configuration(
            host: host, port: port, username: user, password: password,
            database: database, tls: tls)
    }

    private var tls: PostgresClient.Configuration.TLS {
        switch sslMode {
        case .disable: .disable
        case .prefer: .prefer(.makeClientConfiguration())
        case .require: .require(.makeClientConfiguration())
        }
    }
}
