/// What a flow-log reading saw besides the records it kept, so that nothing is left out
/// silently: each count is reported (stderr and the scenario's `# Not used`).
public struct FlowLogTally: Sendable, Equatable {
    /// Files read, and record lines in them (headers excluded).
    public var files = 0
    public var lines = 0
    /// Accepted records with data (`ACCEPT`, `OK`): the ones the traffic matrix is built from.
    public var accepted = 0
    /// The bytes of those records, all together (below 2^63, or the reading stops).
    public var acceptedBytes: Int64 = 0
    /// `REJECT` records: traffic that security groups or network ACLs refused (not traffic a design carries).
    public var rejected = 0
    /// `NODATA` records: no traffic on the interface in the capture window.
    public var noData = 0
    /// `SKIPDATA` records: AWS skipped records in the capture window (an internal capacity
    /// constraint or error): the logs are incomplete there.
    public var skippedData = 0
    /// `ACCEPT OK` records with `-` in a field the matrix needs (an address, port or byte count).
    public var incomplete = 0
    /// The earliest `start` and latest `end` of the accepted records (Unix seconds).
    public var windowStart: Int64?
    public var windowEnd: Int64?

    public init() {}
}
