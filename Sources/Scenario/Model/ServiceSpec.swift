import CloudModel
import SimKernel

/// A service that consumers call: instances in one VPC behind a port.
public struct ServiceSpec: Equatable, Sendable {
    /// Unique among services; traffic's `to` names it.
    public var name: String
    /// The explicit VPC it runs in (the provider VPC under PrivateLink).
    public var vpc: String
    /// TCP port it listens on, 1...65535.
    public var port: Int
    /// Instances in each AZ of its VPC. Default: 1.
    public var instancesPerAZ: Int
    /// Requests one instance serves at once; the rest queue. Default: 1.
    public var concurrency: Int
    /// Time one request occupies an instance slot.
    public var serviceTime: DistributionSpec
    /// A request that waits longer than this for a free slot fails with a timeout error;
    /// nil (the default) waits as long as it takes.
    public var timeout: SimTime?
    /// The load balancer in front of its instances (`load_balancer`). Default: an NLB
    /// (`LoadBalancerKind.serviceDefault`).
    public var loadBalancer: LoadBalancerKind

    public init(name: String, vpc: String, port: Int, instancesPerAZ: Int = 1, concurrency: Int = 1,
                serviceTime: DistributionSpec, timeout: SimTime? = nil,
                loadBalancer: LoadBalancerKind = .serviceDefault) {
        self.name = name
        self.vpc = vpc
        self.port = port
        self.instancesPerAZ = instancesPerAZ
        self.concurrency = concurrency
        self.serviceTime = serviceTime
        self.timeout = timeout
        self.loadBalancer = loadBalancer
    }
}
