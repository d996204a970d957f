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
        var configuration =
            socketPath.map {
                PostgresClient.Configuration(
                    unixSocketPath: $0, username: user, password: password, database: database)
            }
            ?? PostgresClient.Configuration(
                host: host, port: port, username: user, password: password, database: database, tls: tls)
        configuration.options = Self.poolOptions
        return configuration
    }

    /// The connection pool's options: no keep-alive pings, idle connections beyond two closed
    /// after `idleTimeout`. Each timer the pool sets when a connection goes idle lives on as a
    /// sleeping task until its deadline even when the next query cancels it at once; with about
    /// twenty queries per poll, the default 30 s keep-alive and 60 s idle timers held most of a
    /// 10 000-source daemon's memory (BENCHMARKS.md, "Several daemons on one PostgreSQL"). A
    /// connection the network dropped meanwhile fails one query, which fails that poll (retried).
    static var poolOptions: PostgresClient.Configuration.Options {
        var options = PostgresClient.Configuration.Options()
        options.keepAliveBehavior = nil
        options.minimumConnections = 2
        options.connectionIdleTimeout = idleTimeout
        return options
    }

    /// How long a connection beyond the pool's two may stay idle before it is closed.
    static let idleTimeout: Duration = .seconds(10)

    private var tls: PostgresClient.Configuration.TLS {
        switch sslMode {
        case .disable: .disable
        case .prefer: .prefer(.makeClientConfiguration())
        case .require: .require(.makeClientConfiguration())
        }
    }
}
