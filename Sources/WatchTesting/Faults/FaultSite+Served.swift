extension FaultSite {
    /// A fault site served on loopback, as the end-to-end tests start one (stop the server after).
    public static func served() throws -> (site: FaultSite, server: LoopbackHTTPServer) {
        let site = try FaultSite()
        return (site, try LoopbackHTTPServer(handler: site.reply))
    }
}
