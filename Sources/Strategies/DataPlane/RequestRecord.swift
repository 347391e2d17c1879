/// One request in flight: fixed-size, kept in a slab slot that is reused after it ends.
struct RequestRecord {
    /// When it was generated, ns.
    var start: Int64 = 0
    /// When it joined its instance's line, ns.
    var joinedAt: Int64 = 0
    /// When its service began, ns.
    var serviceStart: Int64 = 0
    /// The way back (response to client), ns.
    var backDelay: Int64 = 0
    /// Sequence + 1 of its pending timeout event, 0 for none.
    var timeoutSequence: UInt64 = 0
    var demand: Int32 = 0
    /// The demand's service and result key (`DataPlaneLayout.Demand`), copied at arrival so
    /// the request's later events do not read the demand's record again (a cache miss each,
    /// 100 ms or so after the arrival touched it).
    var service: Int32 = 0
    var key: Int32 = 0
    var instance: Int32 = 0
    var requestBytes: Int32 = 0
    var responseBytes: Int32 = 0
    /// Capacity links: the request's and the response's at each side (-1 for none).
    var consumerLink: Int32 = -1
    var consumerReturnLink: Int32 = -1
    var providerLink: Int32 = -1
    var providerReturnLink: Int32 = -1
    var zones = PathZones()
    /// The (NLB node address, target) tuple whose port-allocation limit the request's new
    /// connection counts against (`ConnectionLimiter`); -1 when it rides an open
    /// connection or passes no such limit.
    var connectionTuple: Int32 = -1
    var passedProviderCheckpoint = false
}
