/// The traffic matrix measured from VPC Flow Logs: per source VPC and target group, the
/// connections seen in the window and their bytes each way, with everything the logs held
/// that the matrix does not use, counted.
///
/// ⚠ assumption: one connection (one 5-tuple in the client-to-service direction, its records
/// merged across capture windows) is one request, its bytes the request's size and the reverse
/// 5-tuple's bytes the response's. Flow logs cannot see requests inside a connection (HTTP
/// keep-alive carries many), and their byte counts include IP and TCP headers and the TCP
/// handshake; the rate is therefore a rate of connections, and the sizes are per connection.
public struct MeasuredTraffic: Sendable {
    public struct Entry: Sendable, Equatable {
        public var sourceVPC: String
        public var groupArn: String
        /// Distinct connections (requests, by the assumption above).
        public var connections: Int
        /// Flow-log records behind them, both directions (after duplicates are set aside).
        public var records: Int
        public var requestBytes: Int64
        public var responseBytes: Int64

        /// Requests per second over the window.
        public func rate(window seconds: Int64) -> Double { Double(connections) / Double(max(seconds, 1)) }
        public var meanRequestBytes: Double { Double(requestBytes) / Double(max(connections, 1)) }
        public var meanResponseBytes: Double { Double(responseBytes) / Double(max(connections, 1)) }
    }

    /// A kind of record the matrix leaves out, with its count and a few examples.
    public struct LeftOut: Sendable, Equatable {
        public var what: String
        public var records: Int
        public var bytes: Int64
        public var examples: [String]
        /// Whether it is a warning (data the matrix may be missing) rather than information.
        public var isWarning: Bool
    }

    /// Sorted by source VPC, then target group.
    public var entries: [Entry]
    public var tally: FlowLogTally
    public var leftOut: [LeftOut]
    /// Records of a connection direction already counted at another interface (both ends log it).
    public var duplicateRecords: Int

    /// The window the rates are over: the earliest `start` to the latest `end` of the
    /// accepted records, in seconds (at least 1).
    public var windowSeconds: Int64 {
        guard let start = tally.windowStart, let end = tally.windowEnd else { return 0 }
        return max(end - start, 1)
    }
}
