import CZlib
import Foundation
import SimKernel

/// gzip decompression through the system's zlib (Debian's zlib1g-dev; no Swift package for it
/// is in this project's reach). Handles multi-member files (concatenated gzip streams), and
/// tells a truncated file from a damaged one.
enum GzipText {
    /// Whether `data` starts with the gzip magic bytes 1f 8b (RFC 1952, section 2.3.1).
    static func isGzip(_ data: Data) -> Bool {
        data.count >= 2 && data[data.startIndex] == 0x1f && data[data.startIndex + 1] == 0x8b
    }

    enum Failure: Error {
        /// The compressed stream ends before its end marker: `bytes` of text came out first.
        case truncated(bytes: Int)
        /// zlib refused the data (its message).
        case damaged(String)
        /// The text would be longer than `limit` bytes (a gzip bomb, or logs to split).
        case tooLarge(limit: Int)
    }

    /// The text of `data`, at most `limit` bytes of it: the bound of every input file
    /// (`BoundedFileRead.limit`), which a small compressed file could otherwise pass many
    /// times over (zeros compress about 1,000 to 1).
    static func decompress(_ data: Data, limit: Int = BoundedFileRead.limit) throws(Failure) -> Data {
        var output = Data()
        guard !data.isEmpty else { return output }
        var input = [UInt8](data)
        let total = input.count
        var stream = z_stream()
        // 15 + 32: the largest window, and a gzip or zlib header detected automatically.
        guard vpcsim_inflate_init2(&stream, 15 + 32) == Z_OK else { throw .damaged("zlib could not start") }
        defer { inflateEnd(&stream) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var consumed = 0
        var finished = false
        while true {
            var status: Int32 = Z_OK
            var produced = 0
            input.withUnsafeMutableBufferPointer { source in
                chunk.withUnsafeMutableBufferPointer { target in
                    stream.next_in = source.baseAddress! + consumed
                    stream.avail_in = UInt32(total - consumed)
                    stream.next_out = target.baseAddress!
                    stream.avail_out = UInt32(target.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    produced = target.count - Int(stream.avail_out)
                    consumed = total - Int(stream.avail_in)
                }
            }
            guard output.count + produced <= limit else { throw .tooLarge(limit: limit) }
            output.append(contentsOf: chunk[0..<produced])
            switch status {
            case Z_STREAM_END:
                finished = true
                // Another member may follow (skipping zero padding, which some writers leave).
                while consumed < total && input[consumed] == 0 { consumed += 1 }
                guard consumed < total else { return output }
                finished = false
                guard inflateReset(&stream) == Z_OK else { throw .damaged("zlib could not restart") }
            case Z_OK:
                continue
            case Z_BUF_ERROR where consumed >= total && !finished:
                throw .truncated(bytes: output.count)
            default:
                let message = stream.msg.map { String(cString: $0) } ?? "error \(status)"
                throw .damaged(message)
            }
        }
    }
}
