import SimKernel

/// Keeps a bounded timeseries: rows at VPC joins (every `joinStride`-th join) and at
/// regular points whose spacing doubles whenever they would exceed their share, dropping
/// every other regular row, so a run never keeps more than about `maximumRows` rows
/// whatever its length.
struct TimeseriesRecorder: Sendable {
    private struct Stored: Sendable {
        var row: ControlPlaneTimeseriesRow
        var sequence: Int
    }

    let joinStride: Int
    private let maximumTickRows: Int
    private(set) var interval: SimTime
    private var joins: [Stored] = []
    private var ticks: [Stored] = []
    private var others: [Stored] = []
    private var sequence = 0
    private var joinsSeen = 0

    /// `vpcs` joins expected; regular points start `interval` apart.
    init(maximumRows: Int, vpcs: Int, interval: SimTime) {
        let share = max(2, maximumRows / 2)
        joinStride = max(1, (vpcs + share - 1) / share)
        maximumTickRows = max(2, maximumRows - share - 2)
        self.interval = SimTime(nanoseconds: max(interval.nanoseconds, SimTime.nanosecondsPerSecond))
    }

    /// Whether the next join should be recorded (call once per join).
    mutating func shouldRecordJoin(total: Int) -> Bool {
        joinsSeen += 1
        return joinsSeen % joinStride == 0 || joinsSeen == total || joinsSeen == 1
    }

    mutating func recordJoin(_ row: ControlPlaneTimeseriesRow) { joins.append(next(row)) }

    mutating func recordOther(_ row: ControlPlaneTimeseriesRow) { others.append(next(row)) }

    /// Records a regular point, thinning and widening the spacing when over budget.
    mutating func recordTick(_ row: ControlPlaneTimeseriesRow) {
        ticks.append(next(row))
        if ticks.count > maximumTickRows {
            ticks = ticks.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
            interval = SimTime(nanoseconds: interval.nanoseconds &* 2)
        }
    }

    private mutating func next(_ row: ControlPlaneTimeseriesRow) -> Stored {
        sequence += 1
        return Stored(row: row, sequence: sequence)
    }

    /// Every kept row, by time, then in the order recorded.
    var rows: [ControlPlaneTimeseriesRow] {
        (joins + ticks + others)
            .sorted { $0.row.time != $1.row.time ? $0.row.time < $1.row.time : $0.sequence < $1.sequence }
            .map(\.row)
    }
}
