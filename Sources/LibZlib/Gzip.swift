import CZlib

/// gzip members through zlib. Each call makes or reads complete members, so a file built by
/// appending members (one per WARC record) stays a valid gzip stream that readers can seek into.
public enum Gzip {
    /// Output is produced in chunks of this size.
    private static let chunkSize = 64 * 1024

    /// `bytes` as one complete gzip member.
    public static func member(_ bytes: [UInt8], level: Int32 = Z_DEFAULT_COMPRESSION) throws -> [UInt8] {
        var stream = z_stream()
        try check(bw_deflate_init_gzip(&stream, level), "deflateInit2", &stream)
        defer { deflateEnd(&stream) }
        var input = bytes
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        try input.withUnsafeMutableBufferPointer { inBuffer in
            stream.next_in = inBuffer.baseAddress
            stream.avail_in = uInt(inBuffer.count)
            var status: Int32 = Z_OK
            while status != Z_STREAM_END {
                let produced = chunk.withUnsafeMutableBufferPointer { outBuffer -> Int in
                    stream.next_out = outBuffer.baseAddress
                    stream.avail_out = uInt(outBuffer.count)
                    status = deflate(&stream, Z_FINISH)
                    return outBuffer.count - Int(stream.avail_out)
                }
                guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else {
                    try check(status, "deflate", &stream)
                    return
                }
                output.append(contentsOf: chunk[..<produced])
            }
        }
        return output
    }

    /// The concatenated content of every gzip member in `bytes`; truncated or corrupt input throws.
    public static func decompressMembers(_ bytes: [UInt8]) throws -> [UInt8] {
        var stream = z_stream()
        try check(bw_inflate_init_auto(&stream), "inflateInit2", &stream)
        defer { inflateEnd(&stream) }
        var input = bytes
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        try input.withUnsafeMutableBufferPointer { inBuffer in
            stream.next_in = inBuffer.baseAddress
            stream.avail_in = uInt(inBuffer.count)
            var midMember = false
            var outputFull = false
            while stream.avail_in > 0 || outputFull {
                midMember = true
                var status: Int32 = Z_OK
                let produced = chunk.withUnsafeMutableBufferPointer { outBuffer -> Int in
                    stream.next_out = outBuffer.baseAddress
                    stream.avail_out = uInt(outBuffer.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    return outBuffer.count - Int(stream.avail_out)
                }
                output.append(contentsOf: chunk[..<produced])
                outputFull = produced == chunkSize && status != Z_STREAM_END
                if status == Z_STREAM_END {
                    midMember = false
                    try check(inflateReset(&stream), "inflateReset", &stream)
                } else if status != Z_OK && !(status == Z_BUF_ERROR && produced > 0) {
                    try check(status == Z_BUF_ERROR ? Z_DATA_ERROR : status, "inflate (corrupt input)", &stream)
                }
            }
            if midMember {
                throw GzipError(operation: "inflate", code: Z_BUF_ERROR, message: "input ends inside a gzip member")
            }
        }
        return output
    }

    private static func check(_ code: Int32, _ operation: String, _ stream: inout z_stream) throws {
        guard code != Z_OK else { return }
        let message = stream.msg.map { String(cString: $0) } ?? "code \(code)"
        throw GzipError(operation: operation, code: code, message: message)
    }
}
