extension SimTime: CustomStringConvertible {
    /// The span in the largest unit that shows it exactly with at most three decimals
    /// (`1.5ms`, `90s` → `1.5m`, `86400s` → `1d`, `1234.567ms`), falling back to whole
    /// nanoseconds. `SimTime(parsing: t.description) == t` for every non-negative `t`;
    /// negative spans (differences) print with a leading `-`.
    public var description: String {
        if nanoseconds == 0 { return "0s" }
        let magnitude = nanoseconds.magnitude
        let sign = nanoseconds < 0 ? "-" : ""
        return sign + QuantityUnit.shortestExact(magnitude, kind: .duration)
    }
}
