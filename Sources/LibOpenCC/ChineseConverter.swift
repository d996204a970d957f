import COpenCC

/// An OpenCC converter (by default traditional → simplified). Owns the OpenCC handle.
///
/// Loading the dictionaries takes milliseconds, so make one and share it: OpenCC's
/// conversion only reads the loaded dictionaries, which makes concurrent use safe.
public final class ChineseConverter: @unchecked Sendable {
    private let handle: opencc_t

    /// The config that converts traditional characters (and phrases) to simplified ones.
    public static let traditionalToSimplified = "t2s.json"

    /// Opens the OpenCC configuration `config` (a file name OpenCC finds in its data folder,
    /// or a path). Throws with OpenCC's reason when it cannot.
    public init(config: String = ChineseConverter.traditionalToSimplified) throws {
        let opened = opencc_open(config)
        // opencc_open signals failure with (opencc_t)-1.
        guard let opened, opened != UnsafeMutableRawPointer(bitPattern: -1) else {
            throw OpenCCError(message: "cannot open OpenCC config \(config): \(OpenCCError.lastMessage())")
        }
        handle = opened
    }

    deinit {
        opencc_close(handle)
    }

    /// `text` converted. Throws if OpenCC fails (it does on invalid internal state only).
    public func convert(_ text: String) throws -> String {
        guard !text.isEmpty else { return text }
        let utf8 = Array(text.utf8)
        let output: UnsafeMutablePointer<CChar>? = utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                opencc_convert_utf8(handle, chars.baseAddress, chars.count)
            }
        }
        guard let output else {
            throw OpenCCError(message: "conversion failed: \(OpenCCError.lastMessage())")
        }
        defer { opencc_convert_utf8_free(output) }
        return String(cString: output)
    }
}
