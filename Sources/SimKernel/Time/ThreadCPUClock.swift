#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CPU time consumed by the calling thread: below wall time when other work shares the core,
/// so a speed per CPU-second is what the code costs, whatever else the machine runs.
public enum ThreadCPUClock {
    /// Seconds of CPU the calling thread has used so far.
    public static func seconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
    }
}
