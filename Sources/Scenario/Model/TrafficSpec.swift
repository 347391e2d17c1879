import CloudModel
import SimKernel

/// A stream of requests from a VPC (or from every VPC of a fleet) to a service.
public struct TrafficSpec: Equatable, Sendable {
    /// Who sends the requests.
    public enum Source: Equatable, Sendable {
        /// One explicit VPC, by name.
        case vpc(String)
        /// Every VPC of a fleet, each at the full rate.
        case fleet(String)

        /// The VPC's or fleet's name, as written in `from`.
        public var name: String {
            switch self {
            case .vpc(let name), .fleet(let name): return name
            }
        }
    }

    /// Who sends the requests.
    public var from: Source
    /// The service called.
    public var to: String
    /// Mean request rate (Poisson arrivals), per VPC for a fleet.
    public var rate: Rate
    /// Size of each request. Default: constant 1 KiB.
    public var requestSize: DistributionSpec
    /// Size of each response. Default: constant 1 KiB.
    public var responseSize: DistributionSpec
    /// Requests each client connection carries before a new one is opened
    /// (`requests_per_connection`, ≥ 1). Default: `ConnectionReuse.defaultRequestsPerConnection`
    /// (100, ⚠ assumption); 1 is no keep-alive.
    public var requestsPerConnection: Int

    public init(from: Source, to: String, rate: Rate, requestSize: DistributionSpec = TrafficSpec.defaultMessageSize,
                responseSize: DistributionSpec = TrafficSpec.defaultMessageSize,
                requestsPerConnection: Int = ConnectionReuse.defaultRequestsPerConnection) {
        self.from = from
        self.to = to
        self.rate = rate
        self.requestSize = requestSize
        self.responseSize = responseSize
        self.requestsPerConnection = requestsPerConnection
    }

    /// Request and response size when the file gives none: constant 1 KiB.
    public static let defaultMessageSize = DistributionSpec.constant(.size(ByteCount(bytes: 1024)))
}
