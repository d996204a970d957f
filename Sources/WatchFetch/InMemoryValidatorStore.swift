import WatchCore

/// The in-memory twin of `ValidatorStore`: validators per URL for as long as the process lives
/// (tests, and one-shot runs without a state folder).
public actor InMemoryValidatorStore: ValidatorStore {
    private var byURL: [String: Validators] = [:]

    public init(_ initial: [String: Validators] = [:]) {
        byURL = initial
    }

    public func validators(for url: String) async throws -> Validators? { byURL[url] }

    public func saveValidators(_ validators: Validators, for url: String) async throws {
        byURL[url] = validators
    }
}
