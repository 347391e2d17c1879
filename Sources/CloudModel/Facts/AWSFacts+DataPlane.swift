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
    /// How long a failed target takes to be noticed: the NLB's documented default active
    /// health checking (aws-facts.md has no figure).
    ///
    /// Current values, from the Elastic Load Balancing API's `CreateTargetGroup`:
    /// `HealthCheckIntervalSeconds` "The range is 5-300. If the target group protocol is TCP,
    /// TLS, UDP, TCP_UDP, HTTP or HTTPS, the default is 30 seconds", and
    /// `UnhealthyThresholdCount` "The range is 2-10. If the target group protocol is TCP,
    /// TCP_UDP, UDP, TLS, HTTP or HTTPS, the default is 2" (API reference as the AWS SDK for
    /// Kotlin reprints it,
    /// https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/elasticloadbalancingv2/aws.sdk.kotlin.services.elasticloadbalancingv2.model/-create-target-group-request/-builder/unhealthy-threshold-count.html,
    /// and the Landing Zone Accelerator's copy of it,
    /// https://awslabs.github.io/landing-zone-accelerator-on-aws/v1.6.0/typedocs/v1.4.2/classes/_aws_accelerator_config.TargetGroupHealthCheckConfig.html,
    /// citing https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html).
    /// Older NLB docs (awsdocs/elb-network-load-balancers-user-guide
    /// `target-group-health-checks.md`, commit 0c49c9c) allowed only 10 s or 30 s and made the
    /// unhealthy threshold equal to the healthy one (default 3): 90 s, this project's former default.
    public enum HealthChecks {
        /// Default seconds between active health checks of one target (TCP target group).
        public static let interval = SimTime.seconds(30)
        /// The interval AWS allows, in seconds.
        public static let intervalRange: ClosedRange<Int> = 5...300

        /// Default consecutive failed checks before a target is taken out of service (TCP).
        public static let unhealthyThreshold = 2
        /// The thresholds AWS allows.
        public static let unhealthyThresholdRange: ClosedRange<Int> = 2...10

        /// The detection delay of a failure with health checks every `interval` that take a
        /// target out after `threshold` consecutive failures: interval × threshold. Passive
        /// health checks may notice sooner; clients balancing on their own (peering, Transit
        /// Gateway) are assumed to check as often (⚠ assumption).
        public static func detection(interval: SimTime, threshold: Int) -> SimTime {
            SimTime(nanoseconds: interval.nanoseconds * Int64(threshold))
        }

        /// The default detection delay: 30 s × 2 = 60 s.
        public static let detection = detection(interval: interval, threshold: unhealthyThreshold)
    }
}
