/// Politeness towards one host: how many requests at once, and the pause between two.
public struct PerHostPolicy: Sendable, Hashable {
    public var concurrency: Int
    public var delay: Duration

    public init(concurrency: Int = 1, delay: Duration = .seconds(2)) {
        self.concurrency = concurrency
        self.delay = delay
    }
}
