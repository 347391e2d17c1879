/// How far a sweep is: reported after the start and after each finished point.
public struct SweepProgress: Equatable, Sendable {
    /// Points of this run's share that are finished, those found finished on `--resume`
    /// included.
    public var done: Int
    /// Points in this run's share.
    public var total: Int
    /// Points that were finished before this run started (skipped by `--resume`).
    public var resumed: Int
    /// Wall-clock seconds since this run started.
    public var elapsedSeconds: Double

    public init(done: Int, total: Int, resumed: Int, elapsedSeconds: Double) {
        self.done = done
        self.total = total
        self.resumed = resumed
        self.elapsedSeconds = elapsedSeconds
    }

    /// Seconds left, extrapolated from the points this run has finished; nil before the
    /// first one.
    public var remainingSeconds: Double? {
        let finishedHere = done - resumed
        guard finishedHere > 0 else { return done == total ? 0 : nil }
        return elapsedSeconds / Double(finishedHere) * Double(total - done)
    }
}
