#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a user's input file (a scenario, a sweep, an empirical distribution) whole, but only
/// a regular file and only up to `limit` bytes: a FIFO would block the reader until something
/// writes to it, a device such as /dev/zero or /dev/urandom never ends, and a file beyond the
/// limit would hold the whole machine's memory before any check could refuse it. The type is
/// checked before the file is opened (opening a FIFO blocks), the size before it is read, and
/// the read stops one byte past the limit (a file that grows, or a size the system misreports).
public enum BoundedFileRead {
    /// The largest input file read: 256 MiB. ⚠ vpcsim's own bound (no AWS figure): an imported
    /// estate of 10,000 VPCs with its connectivity section is a few tens of MiB; a quarter of a GiB
    /// of text becomes several GiB once parsed.
    public static let limit = 256 << 20

    /// `limit` as the messages give it: "268435456 bytes (256 MiB)".
    public static func describe(limit: Int) -> String { "\(limit) bytes (\(limit >> 20) MiB)" }

    /// Why a file was not read, as the end of a sentence starting with the file's name.
    public enum Failure: Error, Equatable, Sendable {
        /// Not a regular file: what it is instead ("a FIFO (named pipe)", "a character device", ...).
        case notRegular(String)
        /// Larger than the limit; `bytes` is its size when the system told it, else nil.
        case tooLarge(bytes: Int?, limit: Int)
        /// The system's reason (no such file, permission denied, ...).
        case system(String)

        /// E.g. "is a FIFO (named pipe), not a regular file: give the path of a file".
        public var reason: String {
            switch self {
            case .notRegular(let what):
                return "is \(what), not a regular file: give the path of a file (an endless or blocking stream cannot be read whole)"
            case .tooLarge(let bytes, let limit):
                let size = bytes.map { "\($0) bytes" } ?? "more than \(limit) bytes"
                return "is \(size), more than the \(BoundedFileRead.describe(limit: limit)) an input file may hold"
            case .system(let reason):
                return reason
            }
        }
    }

    /// The bytes of the regular file at `path`, at most `limit` of them.
    public static func read(_ path: String, limit: Int = BoundedFileRead.limit) -> Result<[UInt8], Failure> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(.system(String(cString: strerror(errno)))) }
        if let what = kind(info.st_mode) { return .failure(.notRegular(what)) }
        guard Int(info.st_size) <= limit else { return .failure(.tooLarge(bytes: Int(info.st_size), limit: limit)) }
        guard let handle = fopen(path, "rb") else {
            return .failure(.system(String(cString: strerror(errno))))
        }
        defer { fclose(handle) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, handle) }
            if n > 0 { bytes.append(contentsOf: buffer[0..<n]) }
            if bytes.count > limit { return .failure(.tooLarge(bytes: nil, limit: limit)) }
            if n < buffer.count {
                if ferror(handle) != 0 { return .failure(.system(String(cString: strerror(errno)))) }
                break
            }
        }
        return .success(bytes)
    }

    /// What a file of mode `mode` is when it is not a regular file; nil for a regular file.
    static func kind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFCHR: return "a character device (such as /dev/zero)"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        default: return "not a file"
        }
    }
}
