import WatchConfig

/// The daemon's current config; SIGHUP swaps it for a newly validated one.
actor ConfigBox {
    private(set) var config: Config

    init(_ config: Config) {
        self.config = config
    }

    func replace(with config: Config) {
        self.config = config
    }
}
