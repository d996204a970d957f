/// Where ETag and Last-Modified are kept per URL between polls (the SQLite store in the daemon).
public protocol ValidatorStore: Sendable {
    func validators(for url: String) async throws -> Validators?
    func saveValidators(_ validators: Validators, for url: String) async throws
}
