import LibUchardet
import LibXML

/// Turns the bytes of a fetched page into an `HTMLDocument`, choosing the charset from, in
/// order: the source's `encoding:` override, the Content-Type charset, a byte-order mark, a
/// `<meta>` declaration in the first 4 KB, and uchardet.
///
/// Declarations are checked against the bytes, because mirrors mislabel pages:
/// - a declared UTF-8 is believed only when the bytes read as UTF-8 (`UTF8Scan.isPlausibleUTF8`),
///   or mostly do (`isMostlyUTF8`: a page with a pasted run in another charset);
///   otherwise the next piece of evidence is consulted, and in the end detection decides;
/// - any other declared charset gives way to UTF-8 when the bytes are well-formed UTF-8 with
///   real text beyond ASCII (legacy text almost never forms valid UTF-8 by chance).
/// The override is never second-guessed: it is the operator's word.
///
/// Invalid byte sequences never stop decoding: for UTF-8 and GB18030 they are replaced by
/// U+FFFD before libxml2 sees them (`ByteRepair` says what libxml2 would do with them).
public struct PageDecoder: Sendable {
    /// Well-formed multibyte sequences needed before valid UTF-8 outvotes a declaration.
    static let utf8EvidenceThreshold = 8

    public init() {}

    /// Parses `bytes` as HTML in the charset `charsetDecision` picks.
    /// - Parameters:
    ///   - contentType: the response's Content-Type header value, if any.
    ///   - override: the source's `encoding:` setting; `nil`, empty or `auto` means none.
    ///   - url: the page's address, kept as the document URL.
    /// - Throws: `XMLError` when there is nothing to parse.
    public func document(
        from bytes: [UInt8], contentType: String?, override: String?,
        url: String?
    ) throws -> HTMLDocument {
        try decode(bytes, contentType: contentType, override: override, url: url).document()
    }

    /// The bytes made ready for libxml2, not yet parsed: read in the charset `charsetDecision`
    /// picks and converted to UTF-8 here rather than inside the parser, so the page is decoded
    /// once whatever parses it. Bytes libxml2 cannot convert whole go to the parser as they are.
    public func decode(_ bytes: [UInt8], contentType: String?, override: String?, url: String?) -> DecodedPage {
        let decision = charsetDecision(of: bytes, contentType: contentType, override: override)
        let body = prepared(bytes, for: decision.name)
        if decision.name != Charset.utf8, let utf8 = Transcoder.utf8(body, from: decision.name) {
            return DecodedPage(bytes: utf8, encoding: Charset.utf8, url: url)
        }
        return DecodedPage(bytes: body, encoding: decision.name, url: url)
    }

    /// The charset name `document(from:…)` would use.
    public func charset(of bytes: [UInt8], contentType: String?, override: String?) -> String {
        charsetDecision(of: bytes, contentType: contentType, override: override).name
    }

    /// The charset and the evidence that chose it.
    public func charsetDecision(of bytes: [UInt8], contentType: String?, override: String?) -> CharsetDecision {
        if let name = usable(override.flatMap(Self.overrideName)) {
            return CharsetDecision(name: name, source: .override)
        }
        let scan = UTF8Scan(bytes)
        let declared: [(String?, CharsetDecision.Source)] = [
            (contentType.flatMap(Charset.fromContentType), .contentType),
            (PageSniffer.byteOrderMark(bytes)?.charset, .byteOrderMark),
            (PageSniffer.metaCharset(bytes), .meta),
        ]
        for (candidate, source) in declared {
            guard let name = usable(candidate) else { continue }
            if let checked = checked(name, against: scan) { return CharsetDecision(name: checked, source: source) }
        }
        if scan.multibyteSequences > 0 && scan.isPlausibleUTF8 {
            return CharsetDecision(name: Charset.utf8, source: .utf8Validation)
        }
        if let detected = usable(detect(bytes)), checked(detected, against: scan) == detected {
            return CharsetDecision(name: detected, source: .detection)
        }
        return CharsetDecision(name: scan.isPlausibleUTF8 ? Charset.utf8 : Charset.gb18030, source: .fallback)
    }

    /// A declared charset after checking it against the bytes: itself, UTF-8 when the bytes
    /// are clearly UTF-8, or `nil` when a declared UTF-8 does not fit them.
    func checked(_ name: String, against scan: UTF8Scan) -> String? {
        let isUTF16 = name.hasPrefix("UTF-16")
        if name == Charset.utf8 { return scan.isPlausibleUTF8 || scan.isMostlyUTF8 ? name : nil }
        if !isUTF16 && scan.invalidBytes == 0 && scan.multibyteSequences >= Self.utf8EvidenceThreshold {
            return Charset.utf8
        }
        return name
    }

    /// A canonical name libxml2 can convert from, or `nil`.
    func usable(_ name: String?) -> String? {
        guard let name, HTMLDocument.supportsEncoding(name) else { return nil }
        return name
    }

    static func overrideName(_ setting: String) -> String? {
        let name = Charset.canonicalName(setting)
        return name == "AUTO" ? nil : name
    }

    /// uchardet's guess, folded to a canonical name (`ASCII` reads as UTF-8, its superset).
    func detect(_ bytes: [UInt8]) -> String? {
        guard let detector = try? CharsetDetector(), let guess = try? detector.detect(bytes) else { return nil }
        return guess.uppercased() == "ASCII" ? Charset.utf8 : Charset.canonicalName(guess)
    }

    /// The bytes libxml2 is given: the byte-order mark dropped, invalid sequences replaced.
    func prepared(_ bytes: [UInt8], for charset: String) -> [UInt8] {
        var body = bytes
        if let mark = PageSniffer.byteOrderMark(bytes), mark.charset == charset {
            body.removeFirst(mark.length)
        }
        switch charset {
        case Charset.utf8: return ByteRepair.utf8(body)
        case Charset.gb18030: return ByteRepair.gb18030(body)
        default: return body
        }
    }
}
