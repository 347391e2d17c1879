/// The data plane's event kinds: 1000..<2000 (the control plane uses 0..<1000), so a
/// combined handler dispatches on the range.
public enum DataPlaneEventKind: UInt32, CaseIterable, Sendable {
    /// A demand's next request is generated (target: demand).
    case arrival = 1000
    /// A request reaches its instance (target: request slot).
    case reachService
    /// An instance finishes a request (target: slot).
    case complete
    /// The response reaches the client (target: slot). Only for a response that something
    /// can meet on its way home (a consumer-side checkpoint, an AZ outage); any other
    /// ends with its `complete`.
    case deliver
    /// A waiting request's timeout fires (target: slot).
    case timeout
    /// An AZ goes down (target: global zone, a: fault index).
    case zoneDown
    /// An AZ comes back (target: global zone, a: fault index).
    case zoneUp
    /// Clients notice an outage and avoid the AZ (target: global zone, a: fault index).
    case zoneAvoid
    /// Clients notice the AZ is back (target: global zone, a: fault index).
    case zoneRestore
    /// A fault window opens (a: fault index).
    case windowOpen
    /// A fault window closes (a: fault index).
    case windowClose

    /// Every kind the data plane owns.
    public static let range: Range<UInt32> = 1000..<2000
}
