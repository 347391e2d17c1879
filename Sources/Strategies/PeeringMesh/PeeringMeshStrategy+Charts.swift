import CloudModel

extension PeeringMeshStrategy {
    public static var chartedQuotas: [QuotaKey] { [.peeringsPerVPC] }

    /// A full mesh of n VPCs gives each n − 1 peerings: one more VPC than the peerings each
    /// may have.
    public static func vpcLimit(_ quota: (QuotaKey) -> Int?) -> DesignVPCLimit? {
        quota(.peeringsPerVPC).map {
            DesignVPCLimit(vpcs: $0 + 1, label: "\(kind.rawValue) limit: \($0 + 1) VPCs (\($0) peerings per VPC)")
        }
    }
}
