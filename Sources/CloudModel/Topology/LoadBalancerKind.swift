/// The load balancer a service's provider runs in front of its instances
/// (`services[].load_balancer`).
///
/// A design that needs a load balancer of its own keeps it whatever this says: an endpoint
/// service needs a Network Load Balancer (or a Gateway Load Balancer) behind it ("Share your
/// services through AWS PrivateLink", https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-share-your-services.html),
/// and a design whose managed service is itself a proxy balances across the service's
/// targets by that proxy.
/// Each design says what it adds for each choice (`ConnectivityStrategy.addedLoadBalancer`).
public enum LoadBalancerKind: String, CaseIterable, Sendable, Hashable {
    /// No load balancer: the clients pick an instance (client-side balancing).
    case none
    /// An internal Network Load Balancer (layer 4).
    case nlb
    /// An internal Application Load Balancer (layer 7).
    case alb

    /// The scenario spelling, e.g. `nlb`.
    public var name: String { rawValue }

    /// The default of every service: an NLB, so that every design that needs a load
    /// balancer has one on equal terms (PrivateLink cannot do without it; a provider behind
    /// peering or a Transit Gateway usually runs an internal NLB or ALB too).
    public static let serviceDefault = LoadBalancerKind.nlb
}
