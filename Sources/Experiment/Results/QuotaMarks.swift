import CloudModel
import Strategies

/// The quota values that charts draw as lines and reports compare against, recorded in
/// manifests so a result folder can be read on a machine without the scenario. Nil means
/// unlimited (a what-if setting).
public struct QuotaMarks: Equatable, Sendable, Codable {
    /// Active peering connections per VPC (AWS maximum 125: a full mesh stops at 126 VPCs).
    public var peeringsPerVPC: Int?
    /// Non-propagated routes per route table (AWS maximum 1,000).
    public var routesPerRouteTable: Int?
    /// Interface endpoints per VPC (AWS: 50).
    public var interfaceEndpointsPerVPC: Int?

    public init(peeringsPerVPC: Int?, routesPerRouteTable: Int?, interfaceEndpointsPerVPC: Int?) {
        self.peeringsPerVPC = peeringsPerVPC
        self.routesPerRouteTable = routesPerRouteTable
        self.interfaceEndpointsPerVPC = interfaceEndpointsPerVPC
    }

    /// The values in force in `quotas`.
    public init(_ quotas: QuotaSet) {
        self.init(peeringsPerVPC: quotas[.peeringsPerVPC].value.map { Int($0) },
                  routesPerRouteTable: quotas[.routesPerRouteTable].value.map { Int($0) },
                  interfaceEndpointsPerVPC: quotas[.interfaceEndpointsPerVPC].value.map { Int($0) })
    }

    /// The documented maxima (`DesignRegistry.quotaCatalog`): what a folder without recorded quotas
    /// is drawn against.
    public static let catalogMaximum = QuotaMarks(.maximum)

    /// The most VPCs a full mesh can hold: one more than the peerings each VPC may have.
    public var meshLimitVPCs: Int? { peeringsPerVPC.map { $0 + 1 } }

    enum CodingKeys: String, CodingKey {
        case peeringsPerVPC = "peerings_per_vpc"
        case routesPerRouteTable = "routes_per_route_table"
        case interfaceEndpointsPerVPC = "interface_endpoints_per_vpc"
    }
}
