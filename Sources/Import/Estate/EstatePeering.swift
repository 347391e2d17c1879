/// One VPC peering connection (listed once, even when both sides' Regions or accounts show it).
public struct EstatePeering: Sendable {
    public var id: String
    /// `Status.Code`: `active`, `pending-acceptance`, `deleted`, `rejected`, `expired`, ...
    public var state: String
    public var requesterVpc: String
    public var requesterRegion: String?
    public var accepterVpc: String
    public var accepterRegion: String?
    public var source: ItemSource
}
