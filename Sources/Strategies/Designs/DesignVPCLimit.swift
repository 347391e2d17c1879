/// The most VPCs a design can connect under the quotas in force, as charts draw it (a
/// vertical line on VPC-count axes).
public struct DesignVPCLimit: Sendable, Equatable {
    /// The largest VPC count that still fits.
    public var vpcs: Int
    /// The line's label: the design's name, then e.g. "limit: 126 VPCs (125 peerings per VPC)".
    public var label: String

    public init(vpcs: Int, label: String) {
        self.vpcs = vpcs
        self.label = label
    }
}
