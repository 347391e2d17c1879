/// The order `RunExecutor` starts its units in (a unit: one replication, or with more than
/// one job one strategy of one replication, numbered `replication * strategies + strategy`):
/// longest first, so that the last units to run are short ones and no core waits long for
/// the others at the end.
///
/// A strategy's length is the longest any of its units has taken so far; a strategy not yet
/// measured counts as the longest (so each is measured early). Ties go to the lowest unit
/// number. Only units of the first `window` replications that still have units to start are
/// candidates, so that at most that many replications' shared parts (`PreparedReplication`)
/// wait in memory. The order changes when results arrive, never what they are:
/// `RunExecutor` returns them by unit number.
struct UnitOrder {
    let replications: Int
    let strategies: Int
    let window: Int
    private var started: [Bool]
    private var seconds: [Double?]
    /// The lowest replication with a unit not yet started.
    private var firstOpen = 0

    init(replications: Int, strategies: Int, window: Int) {
        self.replications = replications
        self.strategies = max(1, strategies)
        self.window = max(1, window)
        started = Array(repeating: false, count: replications * self.strategies)
        seconds = Array(repeating: nil, count: self.strategies)
    }

    /// The next unit to start, or nil when every unit has started.
    mutating func next() -> Int? {
        while firstOpen < replications, (0..<strategies).allSatisfy({ started[firstOpen * strategies + $0] }) {
            firstOpen += 1
        }
        var best: Int?
        var bestSeconds = -Double.infinity
        var r = firstOpen, open = 0
        while r < replications, open < window {
            var waiting = false
            for s in 0..<strategies where !started[r * strategies + s] {
                waiting = true
                let length = seconds[s] ?? .infinity
                if best == nil || length > bestSeconds {
                    best = r * strategies + s
                    bestSeconds = length
                }
            }
            if waiting { open += 1 }
            r += 1
        }
        if let best { started[best] = true }
        return best
    }

    /// Unit `unit` took `seconds`.
    mutating func finished(_ unit: Int, seconds taken: Double) {
        let s = unit % strategies
        seconds[s] = max(seconds[s] ?? 0, taken)
    }
}
