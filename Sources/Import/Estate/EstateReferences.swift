import Scenario

/// Cross-file checks on a loaded estate: a VPC route whose target the export does not hold
/// is bad input (a wrong or partial export), located at the route.
enum EstateReferences {
    static func check(_ estate: Estate) throws(ScenarioError) {
        let peerings = Set(estate.peerings.map(\.id))
        let gateways = Set(estate.transitGateways.map(\.id))
        for table in estate.routeTables {
            for route in table.routes {
                switch route.target {
                case .peering(let id) where !peerings.contains(id):
                    throw ScenarioError(at: .wholeFile(route.source.file), keyPath: route.source.path.appending(key: "VpcPeeringConnectionId").description,
                                        "route \(route.destination) of \(table.id) goes to peering \(id), which no describe-vpc-peering-connections file of the export holds (export every account and Region of the estate)")
                case .transitGateway(let id) where !gateways.contains(id):
                    throw ScenarioError(at: .wholeFile(route.source.file), keyPath: route.source.path.appending(key: "TransitGatewayId").description,
                                        "route \(route.destination) of \(table.id) goes to transit gateway \(id), which no describe-transit-gateways file of the export holds (export the account that owns it too)")
                default:
                    break
                }
            }
        }
    }
}
