import LibOpenCC

/// The OpenCC converter and its character table: loaded once per process and shared, because
/// loading OpenCC's dictionaries and probing them takes tens of milliseconds.
final class ConversionResources: Sendable {
    let converter: ChineseConverter
    let table: TraditionalCharacterTable

    init() throws {
        do {
            converter = try ChineseConverter(config: ChineseConverter.traditionalToSimplified)
        } catch {
            throw DedupError.conversion(detail: "\(error)")
        }
        table = try TraditionalCharacterTable(converter: converter)
    }

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
        guard table.needsConversion(text) else { return text }
        do {
            return try converter.convert(text)
        } catch {
            throw DedupError.conversion(detail: "\(error)")
        }
    }
}
