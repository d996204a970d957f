/// Why normalization, fingerprinting or loading fingerprints failed. Each case names the input.
public enum DedupError: Error, Equatable, CustomStringConvertible {
    /// OpenCC could not be loaded or failed to convert; `detail` is OpenCC's reason.
    case conversion(detail: String)
    /// libcrypto failed to hash the normalized text.
    case digest(detail: String)
    /// A stored fingerprint is malformed (for example its SHA-256 is not 64 hex digits).
    case invalidFingerprint(articleID: Int64, reason: String)
    /// A Hamming threshold the band layout cannot guarantee to find.
    case thresholdOutOfRange(requested: Int, supported: ClosedRange<Int>)

    public var description: String {
        switch self {
        case .conversion(let detail):
            "traditional→simplified conversion failed: \(detail)"
        case .digest(let detail):
            "SHA-256 of the normalized text failed: \(detail)"
        case .invalidFingerprint(let articleID, let reason):
            "stored fingerprint of article \(articleID) is invalid: \(reason)"
        case .thresholdOutOfRange(let requested, let supported):
            "Hamming threshold \(requested) is outside \(supported.lowerBound)...\(supported.upperBound), "
                + "the distances the SimHash bands are guaranteed to find"
        }
    }
}
