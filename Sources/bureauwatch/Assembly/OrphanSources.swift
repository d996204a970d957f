import Foundation
import Logging
import WatchConfig
import WatchCore
import WatchStore

/// Source ids that stored articles point at but the config no longer has (a renamed or deleted
/// source): said in `check` and at start, since the operator may not mean it.
enum OrphanSources {
    /// One warning per missing id, saying who rechecks its pages now.
    static func warnings(store: any Store, config: Config) async throws -> [String] {
        let missing = config.sources.missingSourceIDs(try await store.sourceIDsWithArticles())
        return missing.map { id in
            "source id '\(id)' is no longer in the config but stored articles point at it; "
                + "their pages are rechecked by the configured source on the same site, if there is one"
        }
    }

    /// Logs the warnings at warning level; a store that cannot be read is only logged too.
    static func log(store: any Store, config: Config, logger: Logger) async {
        do {
            for warning in try await warnings(store: store, config: config) {
                logger.warning("\(warning)")
            }
        } catch {
            logger.warning("cannot list the sources stored articles point at", metadata: ["error": "\(error)"])
        }
    }
}
