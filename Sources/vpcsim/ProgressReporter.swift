import Experiment
import Foundation

/// Shows a sweep's progress on stderr: a bar redrawn in place when stderr is a terminal,
/// plain lines (at most one a second, plus the first and last) when it is not.
final class ProgressReporter: @unchecked Sendable {
    private let lock = NSLock()
    private let isTerminal: Bool
    private let label: String
    private let unit: String
    private var lastLine: Double = -.infinity

    init(label: String, unit: String = "points", isTerminal: Bool = isatty(2) != 0) {
        self.label = label
        self.unit = unit
        self.isTerminal = isTerminal
    }

    func report(_ progress: SweepProgress) {
        lock.lock()
        defer { lock.unlock() }
        let finished = progress.done == progress.total
        if isTerminal {
            let width = 30
            let filled = progress.total == 0 ? width : width * progress.done / progress.total
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            let text = "\r\(label) [\(bar)] \(progress.done)/\(progress.total) \(unit)  "
                + "\(Self.clock(progress.elapsedSeconds)) elapsed  \(Self.remaining(progress)) left "
            FileHandle.standardError.write(Data((text + (finished ? "\n" : "")).utf8))
        } else if finished || progress.elapsedSeconds - lastLine >= 1 || lastLine == -.infinity {
            lastLine = progress.elapsedSeconds
            Progress.line("\(label): \(progress.done)/\(progress.total) \(unit), "
                          + "\(Self.clock(progress.elapsedSeconds)) elapsed, \(Self.remaining(progress)) left"
                          + (progress.resumed > 0 ? " (\(progress.resumed) finished before, skipped)" : ""))
        }
    }

    static func remaining(_ progress: SweepProgress) -> String {
        progress.remainingSeconds.map(clock) ?? "?"
    }

    /// `m:ss`, or `h:mm:ss` from an hour on.
    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let (h, m, s) = (total / 3_600, total / 60 % 60, total % 60)
        let two = { (v: Int) in v < 10 ? "0\(v)" : "\(v)" }
        return h > 0 ? "\(h):\(two(m)):\(two(s))" : "\(m):\(two(s))"
    }
}
