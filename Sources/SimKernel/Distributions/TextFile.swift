#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads small text files (empirical distributions) without Foundation.
enum TextFile {
    /// The whole file decoded as UTF-8 (invalid bytes become U+FFFD), or the system's
    /// reason it could not be read.
    static func read(_ path: String) -> Result<String, ReadFailure> {
        guard let handle = fopen(path, "rb") else {
            return .failure(ReadFailure(reason: String(cString: strerror(errno))))
        }
        defer { fclose(handle) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, handle) }
            if n > 0 { bytes.append(contentsOf: buffer[0..<n]) }
            if n < buffer.count {
                if ferror(handle) != 0 { return .failure(ReadFailure(reason: String(cString: strerror(errno)))) }
                break
            }
        }
        return .success(String(decoding: bytes, as: UTF8.self))
    }

    /// Why a file could not be read, in the system's words.
    struct ReadFailure: Error {
        let reason: String
    }

    /// `path` itself when absolute or when there is no directory; otherwise joined to it.
    static func resolve(_ path: String, relativeTo directory: String?) -> String {
        guard let directory, !directory.isEmpty, !path.hasPrefix("/") else { return path }
        return directory.hasSuffix("/") ? directory + path : directory + "/" + path
    }
}
