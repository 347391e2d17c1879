import SimKernel

extension AWSFacts.PrivateLink {
    /// New connections an NLB behind an endpoint service opens per minute to one target (IP
    /// and port) from one of its node addresses. The current ELB guide: "When client IP
    /// preservation is disabled for your target groups, the load balancer can support about
    /// 55,000 connections per minute for each combination of Network Load Balancer IP address
    /// and unique target (IP address and port). If you exceed these connections, there is an
    /// increased chance of port allocation errors" (Target groups for your Network Load
    /// Balancers, https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-target-groups.html);
    /// for PrivateLink, "it supports 55,000 simultaneous connections or about 55,000
    /// connections per minute to each unique target (IP address and port)" (Troubleshoot your
    /// Network Load Balancer, Port allocation errors connecting through AWS PrivateLink,
    /// https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-troubleshooting.html;
    /// also awsdocs/amazon-vpc-user-guide `endpoint-service-overview.md`, 2021). An NLB has one
    /// address per enabled AZ, so with cross-zone balancing a target is reached from as many
    /// addresses as the NLB has AZs.
    public static let nlbConnectionsPerTargetPerMinute = 55_000

    /// Simultaneous connections through PrivateLink to one target, per NLB node address.
    /// Same sources.
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
