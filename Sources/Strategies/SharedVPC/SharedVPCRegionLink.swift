/// The link between two Regions' shared VPCs: a VPC peering (`cross_region: peering`) or
/// the peering attachment of their transit gateways (`tgw-peering`), with its routes.
struct SharedVPCRegionLink: Sendable {
    /// The two Regions (`b` requested it: its shared VPC or gateway became available later).
    var a: Int, b: Int
    /// `pending` until active or available; `failed` when a quota refused it.
    var state: AttachmentState = .pending
    /// Both sides' routes toward it are in place.
    var routed = false
    /// Why the link, or one of its routes, was refused (`quota`); nil otherwise.
    var failure: UnreachableReason?
    /// The Regions whose shared-VPC route toward the link `routes_per_route_table` refused.
    var routeRefused: Set<Int> = []
    /// `tgw-peering`: its routes have been requested (once both Regions' VPC attachments
    /// and the peering attachment are available).
    var routesRequested = false
}
