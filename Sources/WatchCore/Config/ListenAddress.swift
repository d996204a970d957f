/// Which listen hosts keep the server on this machine.
public enum ListenAddress {
    /// Whether `host` is a loopback address: `127.0.0.0/8`, `::1` or `localhost`. Anything else
    /// (`0.0.0.0` included) is reachable from other machines.
    public static func isLoopback(_ host: String) -> Bool {
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        return bare.hasPrefix("127.") || bare == "::1" || bare.lowercased() == "localhost"
    }
}
