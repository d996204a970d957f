import LibOpenCC

/// The OpenCC converter and its character table: loaded once per process and shared, because
/// loading OpenCC's dictionaries and probing them takes tens of milliseconds.
final class ConversionResources: Sendable {
    let converter: ChineseConverter

    init() throws {
        do {
            converter = try ChineseConverter(config: ChineseConverter.traditionalToSimplified)
        } catch {
            throw DedupError.conversion(detail: "\(error)")
        }
    }

    /// Which characters OpenCC changes, probed on first use rather than at start-up: a process
    /// that normalizes no text (a `fetch` where every page answers 304) skips the probe, a large
    /// share of such a cycle (BENCHMARKS.md, "The 304 cycle before and after").
    var table: TraditionalCharacterTable {
        get throws { try Self.sharedTable.get() }
    }

    private static let sharedTable: Result<TraditionalCharacterTable, DedupError> = {
        do {
            return .success(try TraditionalCharacterTable(converter: try shared.get().converter))
        } catch let error as DedupError {
            return .failure(error)
        } catch {
            return .failure(.conversion(detail: "\(error)"))
        }
    }()

    /// The process-wide instance, made on first use (Swift initialises a static once, thread-safely).
    static let shared: Result<ConversionResources, DedupError> = {
        do {
            return .success(try ConversionResources())
        } catch let error as DedupError {
            return .failure(error)
        } catch {
            return .failure(.conversion(detail: "\(error)"))
        }
    }()

    /// `text` in simplified characters; untouched when it has no character OpenCC would change.
    func simplified(_ text: String) throws -> String {
        guard try table.needsConversion(text) else { return text }
        do {
            return try converter.convert(text)
        } catch {
            throw DedupError.conversion(detail: "\(error)")
        }
    }
}
