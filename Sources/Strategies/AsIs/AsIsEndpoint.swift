/// One interface endpoint of a consumer VPC to a service (`as_is.endpoints`). A consumer
/// with an endpoint to a service calls it through the endpoint (its private DNS name).
public struct AsIsEndpoint: Equatable, Sendable {
    /// `vpce-…`.
    public var id: String
    /// The consumer VPC, by scenario name.
    public var vpc: String
    /// The service it connects to, by scenario name.
    public var service: String
    /// AWS's `State`: `available`, `pendingAcceptance`, `pending`, `rejected`, `failed`,
    /// `deleted`, ... Only `available` carries traffic ("Accept or reject connection
    /// requests", AWS PrivateLink guide,
    /// https://docs.aws.amazon.com/vpc/latest/privatelink/configure-endpoint-service.html).
    public var state: String
    /// The AZs it has an interface in: AWS bills endpoint hours per AZ.
    public var azs: Int
    /// The endpoint's security groups: they must admit the client on the service's port.
    public var securityGroups: [String]

    public init(id: String, vpc: String, service: String, state: String, azs: Int, securityGroups: [String] = []) {
        self.id = id
        self.vpc = vpc
        self.service = service
        self.state = state
        self.azs = azs
        self.securityGroups = securityGroups
    }

    /// The state in which an endpoint carries traffic.
    public static let availableState = "available"
}
