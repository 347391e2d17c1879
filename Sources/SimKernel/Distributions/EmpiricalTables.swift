#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The `empirical(file=...)` tables read while one scenario is decoded many times (the probes of
/// `vpcsim plan`, the points of a sweep), so that each file is read and parsed once, not once per
/// decode: the reference workload's 12 tables of 2,000 rows were most of its load time.
///
/// An entry is keyed by the file's resolved path and the kind of quantity read from it, and keeps
/// the file's identity when it was read (device, inode, size, modification time). Every lookup
/// checks that identity again (one `stat`) and reads the file anew when any of it changed, so a
/// file edited between two decodes is never served from its old contents. Only files that read
/// without error are kept: a bad file is read, and its error reported, at every decode as before.
///
/// Owned by whatever decodes one scenario many times (`ParsedScenario`, `Sweep`), hence by one
/// command's run; never global. Lookups and inserts hold its mutex, reading and parsing do not (two
/// decodes missing at once both read; the samplers they build are the same).
public final class EmpiricalTables: Sendable, Equatable {
    private struct Key: Hashable, Sendable {
        var path: String
        var kind: QuantityKind
    }

    /// What tells one state of a file from another without reading it.
    private struct Identity: Equatable, Sendable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var seconds: Int64
        var nanoseconds: Int64

        /// The identity of the file at `path`, or nil when it cannot be examined (reading it
        /// then reports why).
        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            device = UInt64(truncatingIfNeeded: info.st_dev)
            inode = UInt64(truncatingIfNeeded: info.st_ino)
            size = Int64(info.st_size)
            #if canImport(Darwin)
            seconds = Int64(info.st_mtimespec.tv_sec)
            nanoseconds = Int64(info.st_mtimespec.tv_nsec)
            #else
            seconds = Int64(info.st_mtim.tv_sec)
            nanoseconds = Int64(info.st_mtim.tv_nsec)
            #endif
        }
    }

    private struct Entry: Sendable {
        var identity: Identity
        var sampler: Sampler
    }

    /// What the cache holds, and how many files it has read.
    private struct State: Sendable {
        var entries: [Key: Entry] = [:]
        var misses = 0
    }

    private let state = Mutex(State())

    public init() {}

    /// Files read and parsed through this cache so far: one per file and kind while the
    /// files do not change.
    public var reads: Int { state.withLock { $0.misses } }

    /// The sampler of the file at `path` read as `kind`: the one kept when the file is as it
    /// was, else `read()`'s, kept when it succeeds.
    func sampler(path: String, kind: QuantityKind,
                 read: () throws(DistributionError) -> Sampler) throws(DistributionError) -> Sampler {
        let key = Key(path: path, kind: kind)
        guard let identity = Identity(path: path) else { return try read() }
        if let kept = state.withLock({ $0.entries[key] }), kept.identity == identity { return kept.sampler }
        let sampler = try read()
        state.withLock { state in
            state.misses += 1
            state.entries[key] = Entry(identity: identity, sampler: sampler)
        }
        return sampler
    }

    /// Any two caches are equal: a cache is no part of the value that holds it (what it
    /// serves is what reading the file gives).
    public static func == (lhs: EmpiricalTables, rhs: EmpiricalTables) -> Bool { true }
}
