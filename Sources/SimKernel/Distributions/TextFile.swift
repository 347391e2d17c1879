#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads small text files (empirical distributions) without Foundation, bounded (`BoundedFileRead`).
enum TextFile {
    /// The whole file decoded as UTF-8 (invalid bytes become U+FFFD), or why it could not be
    /// read: the system's reason, or that it is not a regular file or too large
    /// (`BoundedFileRead`).
    static func read(_ path: String) -> Result<String, ReadFailure> {
        switch BoundedFileRead.read(path) {
        case .success(let bytes): return .success(String(decoding: bytes, as: UTF8.self))
        case .failure(let failure): return .failure(ReadFailure(reason: failure.reason))
        }
    }

    /// Why a file could not be read, in the system's words or `BoundedFileRead`'s.
    struct ReadFailure: Error {
        let reason: String
    }

    /// `path` itself when absolute or when there is no directory; otherwise joined to it.
    static func resolve(_ path: String, relativeTo directory: String?) -> String {
        guard let directory, !directory.isEmpty, !path.hasPrefix("/") else { return path }
        return directory.hasSuffix("/") ? directory + path : directory + "/" + path
    }
}
