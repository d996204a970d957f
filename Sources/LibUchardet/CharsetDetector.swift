import CUchardet

/// uchardet's statistical charset detection. Owns the detector handle.
public final class CharsetDetector {
    private let handle: uchardet_t

    public init() throws {
        guard let handle = uchardet_new() else {
            throw CharsetDetectionError(message: "uchardet_new returned NULL")
        }
        self.handle = handle
    }

    deinit {
        uchardet_delete(handle)
    }

    /// The charset uchardet names for `bytes` (e.g. `GB18030`, `UTF-8`, `ASCII`), or `nil`
    /// when it cannot tell. The detector is reset, so it can be used again.
    public func detect(_ bytes: [UInt8]) throws -> String? {
        uchardet_reset(handle)
        let status = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                uchardet_handle_data(handle, chars.baseAddress, chars.count)
            }
        }
        guard status == 0 else {
            throw CharsetDetectionError(message: "uchardet_handle_data failed with \(status)")
        }
        uchardet_data_end(handle)
        guard let name = uchardet_get_charset(handle) else { return nil }
        let charset = String(cString: name)
        return charset.isEmpty ? nil : charset
    }
}
