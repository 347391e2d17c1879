/// The control-plane faults of PrivateLinkHubStrategy, by their scenario names.
public enum PrivateLinkFault: String, DesignFault {
    /// `kind: endpoint-rejection`: the provider rejects consumer VPC `a`'s endpoint for
    /// service `b`.
    case endpointRejection = "endpoint-rejection"

    public var summary: String {
        "the provider rejects the interface endpoint of consumer VPC a for service b; it stays (and is billed) "
            + "but passes no traffic"
    }
}

extension ControlPlaneFault {
    /// The provider rejects the endpoint of consumer VPC `consumer` for service `service`
    /// (privatelink-hub).
    public static func endpointRejection(consumer: Int, service: Int) -> ControlPlaneFault {
        ControlPlaneFault(name: PrivateLinkFault.endpointRejection.rawValue, a: consumer, b: service)
    }
}
