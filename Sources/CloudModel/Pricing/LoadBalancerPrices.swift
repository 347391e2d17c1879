/// The prices of the load balancers a provider runs in front of a service
/// (`LoadBalancerKind`): Network Load Balancers (which PrivateLink requires, and any design
/// may put in front of a service) and Application Load Balancers. Shared by every design,
/// so they are listed with the shared prices. us-east-1 list prices: the catalogue has no
/// per-Region load-balancer prices (Tokyo is higher, see the notes).
///
/// Billing on the highest dimension: AWS charges per hour for the load balancer and for the
/// capacity units it used that hour, "the dimension with the highest usage" of the hour
/// (ELB pricing page). vpcsim's traffic has constant mean rates, so every hour of a month
/// uses the same units and the monthly charge is 730 × that hour's (`PriceTable.nlcus`,
/// `PriceTable.lcus`).
public enum LoadBalancerPrices {
    /// AWS's ELB pricing page, as transcribed on 2026-09-20 from its us-east-1 pricing
    /// examples (the page's rate tables render dynamically).
    public static let elbPricing = "https://aws.amazon.com/elasticloadbalancing/pricing/ (us-east-1 examples, "
        + "transcribed 2026-09-20 by api-evangelist/amazon-elastic-load-balancing plans/amazon-elastic-load-balancing-plans-pricing.yml)"

    public static let facts: [PriceFact] = [
        PriceFact(.nlbHour, 0.0225, unit: "USD per NLB-hour", source: "[2nd] awsnegotiations.com", asOf: "2026-05",
                  note: "Tokyo: 0.0243 ([2nd] Japanese blog). The ELB page transcription has the ALB's hourly "
                    + "0.0225 but not the NLB's."),
        PriceFact(.nlcuHour, 0.006, unit: "USD per NLCU-hour", source: elbPricing, asOf: "2026-09-20",
                  note: "Billed per hour on the hour's highest dimension (TCP: new connections, active "
                    + "connections, processed bytes)."),
        PriceFact(.nlcuNewConnectionsPerSecond, 800, unit: "new TCP connections per second per NLCU",
                  source: elbPricing, asOf: "2026-09-20", divides: true),
        PriceFact(.nlcuActiveConnections, 100_000, unit: "active TCP connections (sampled per minute) per NLCU",
                  source: elbPricing, asOf: "2026-09-20", divides: true),
        PriceFact(.nlcuProcessedGBPerHour, 1, unit: "GB processed per hour per NLCU", source: elbPricing,
                  asOf: "2026-09-20", divides: true),
        PriceFact(.albHour, 0.0225, unit: "USD per ALB-hour", source: elbPricing, asOf: "2026-09-20"),
        PriceFact(.lcuHour, 0.008, unit: "USD per LCU-hour", source: elbPricing, asOf: "2026-09-20",
                  note: "Billed per hour on the hour's highest dimension (new connections, active connections, "
                    + "processed bytes, rule evaluations)."),
        PriceFact(.lcuNewConnectionsPerSecond, 25, unit: "new connections per second per LCU", source: elbPricing,
                  asOf: "2026-09-20", divides: true),
        PriceFact(.lcuActiveConnections, 3_000, unit: "active connections per minute per LCU", source: elbPricing,
                  asOf: "2026-09-20", note: "1,500 with mutual TLS (not modelled).", divides: true),
        PriceFact(.lcuProcessedGBPerHour, 1, unit: "GB processed per hour per LCU (EC2, container and IP targets)",
                  source: elbPricing, asOf: "2026-09-20", note: "0.4 GB for Lambda targets (not modelled).",
                  divides: true),
        PriceFact(.lcuRuleEvaluationsPerSecond, 1_000, unit: "rule evaluations per second per LCU",
                  source: elbPricing, asOf: "2026-09-20",
                  note: "Rule evaluations = request rate × (rules processed − the free ones). vpcsim's ALB has "
                    + "one rule, its listener's default action, so this dimension is 0.", divides: true),
        PriceFact(.lcuFreeRules, 10, unit: "rules processed per request that are not charged",
                  source: "[2nd] internettoolset.com load-balancer calculator (\"First 10 rules: Free\")",
                  asOf: "2026", status: .unconfirmed,
                  note: "⚠ Not read on AWS's page; it changes nothing while vpcsim's ALB has one rule."),
    ]
}

extension PriceKey {
    /// Network Load Balancer, per NLB-hour.
    public static let nlbHour = PriceKey("nlb_hour")
    /// Network Load Balancer capacity unit, per NLCU-hour.
    public static let nlcuHour = PriceKey("nlcu_hour")
    /// New TCP connections per second that make one NLCU.
    public static let nlcuNewConnectionsPerSecond = PriceKey("nlcu_new_connections_per_second")
    /// Active TCP connections that make one NLCU.
    public static let nlcuActiveConnections = PriceKey("nlcu_active_connections")
    /// GB processed per hour that make one NLCU.
    public static let nlcuProcessedGBPerHour = PriceKey("nlcu_processed_gb_per_hour")
    /// Application Load Balancer, per ALB-hour.
    public static let albHour = PriceKey("alb_hour")
    /// Application Load Balancer capacity unit, per LCU-hour.
    public static let lcuHour = PriceKey("lcu_hour")
    /// New connections per second that make one LCU.
    public static let lcuNewConnectionsPerSecond = PriceKey("lcu_new_connections_per_second")
    /// Active connections per minute that make one LCU.
    public static let lcuActiveConnections = PriceKey("lcu_active_connections")
    /// GB processed per hour that make one LCU (EC2 targets).
    public static let lcuProcessedGBPerHour = PriceKey("lcu_processed_gb_per_hour")
    /// Rule evaluations per second that make one LCU.
    public static let lcuRuleEvaluationsPerSecond = PriceKey("lcu_rule_evaluations_per_second")
    /// Rules processed per request that are free.
    public static let lcuFreeRules = PriceKey("lcu_free_rules")
}
