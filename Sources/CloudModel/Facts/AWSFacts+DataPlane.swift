import SimKernel

extension AWSFacts.PrivateLink {
    /// Connections an NLB behind an endpoint service opens to one target (IP and port) per
    /// minute: "~55,000 connections per minute to each unique target"; above it, port
    /// allocation errors. [DOC] awsdocs/amazon-vpc-user-guide `endpoint-service-overview.md`
    /// (2021). The same source gives ~55,000 simultaneous connections.
    public static let nlbConnectionsPerTargetPerMinute = 55_000

    /// Simultaneous connections through PrivateLink to one target. Same source.
    public static let nlbSimultaneousConnectionsPerTarget = 55_000
}

extension AWSFacts {
    /// How long a failed target takes to be noticed (aws-facts.md has no figure; this is the
    /// NLB's documented default).
    public enum HealthChecks {
        /// Seconds between active health checks of one target: "10 seconds or 30 seconds. The
        /// default is 30 seconds." [DOC] awsdocs/elb-network-load-balancers-user-guide
        /// `doc_source/target-group-health-checks.md` (commit 0c49c9c).
        public static let interval = SimTime.seconds(30)

        /// Consecutive failed checks before a target is taken out of service: equal to the
        /// healthy threshold, whose default is 3. Same source.
        public static let unhealthyThreshold = 3

        /// The default detection delay of a failure: 3 × 30 s = 90 s. Passive health checks
        /// may notice sooner; clients balancing on their own (peering, Transit Gateway) are
        /// assumed to check as often (⚠ assumption).
        public static let detection = SimTime(nanoseconds: interval.nanoseconds * Int64(unhealthyThreshold))
    }
}
