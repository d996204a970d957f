import WatchConfig

/// A suite that reads sources.yaml texts as the daemon reads `/etc/bw/sources.yaml`, with no
/// environment variables set.
protocol ReadsConfigText {}

extension ReadsConfigText {
    func load(_ text: String) throws -> Config {
        try ConfigLoader(environment: [:]).parse(text, file: "/etc/bw/sources.yaml")
    }

    /// The error `text` is refused with; nil when it loads.
    func failure(_ text: String) -> ConfigError? {
        do {
            _ = try load(text)
            return nil
        } catch {
            return error as? ConfigError
        }
    }
}
