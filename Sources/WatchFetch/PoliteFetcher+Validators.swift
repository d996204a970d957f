import WatchCore

extension PoliteFetcher {
    /// The stored validators; a store failure only costs the conditional request, so it is
    /// logged and the fetch goes on unconditionally.
    func storedValidators(for url: String) async -> Validators? {
        do {
            return try await validatorStore.validators(for: url)
        } catch {
            logger.warning("reading validators failed", metadata: ["url": "\(url)", "error": "\(error)"])
            return nil
        }
    }

    /// Keeps the response's ETag and Last-Modified for the next conditional GET.
    func saveValidators(of response: HTTPResponse, for url: String) async {
        let validators = Validators(etag: response.header("ETag"), lastModified: response.header("Last-Modified"))
        guard !validators.isEmpty else { return }
        do {
            try await validatorStore.saveValidators(validators, for: url)
        } catch {
            logger.warning("saving validators failed", metadata: ["url": "\(url)", "error": "\(error)"])
        }
    }
}
