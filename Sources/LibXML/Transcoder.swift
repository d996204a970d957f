import CLibXML2

/// Converts text in a charset libxml2 knows into UTF-8, with libxml2's own converters (its
/// tables or iconv): the conversion the parser would otherwise make as it reads.
public enum Transcoder {
    /// `bytes` in UTF-8, or `nil` when libxml2 has no converter for `charset` or the bytes do
    /// not convert whole; the parser can then still be given them as they are.
    public static func utf8(_ bytes: [UInt8], from charset: String) -> [UInt8]? {
        XMLGlobal.ensureInitialized()
        // Conversion errors go to libxml2's per-thread error printer.
        bw_xml_silence_errors()
        guard !bytes.isEmpty, let handler = xmlFindCharEncodingHandler(charset) else { return nil }
        defer { xmlCharEncCloseFunc(handler) }
        guard let input = xmlBufferCreateSize(bytes.count) else { return nil }
        defer { xmlBufferFree(input) }
        // Room for every byte to double: no charset libxml2 reads grows more in UTF-8.
        guard let output = xmlBufferCreateSize(bytes.count * 2 + 1) else { return nil }
        defer { xmlBufferFree(output) }
        guard xmlBufferAdd(input, bytes, Int32(clamping: bytes.count)) == 0 else { return nil }
        guard xmlCharEncInFunc(handler, output, input) >= 0, xmlBufferLength(input) == 0,
            let content = xmlBufferContent(output)
        else { return nil }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(output))))
    }
}
