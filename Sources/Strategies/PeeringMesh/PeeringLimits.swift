import CloudModel
import SimKernel

/// The quotas peering checks on every planned connection and every request sent, read out of
/// the run's `QuotaSet` once: a `QuotaSet` lookup hashes the quota's name, which a full mesh
/// of 2,000 VPCs would do about ten million times.
struct PeeringLimits: Sendable {
    /// `peerings_per_vpc`.
    let peeringsPerVPC: QuotaLimit
    /// `peered_network_address_usage`.
    let peeredAddressUsage: QuotaLimit
    /// `routes_per_route_table`.
    let routesPerTable: QuotaLimit
    /// `rules_per_security_group`.
    let rulesPerGroup: QuotaLimit
    /// `pending_peering_requests`.
    let pendingRequests: QuotaLimit
    /// `peering_request_expiry`; nil when unlimited.
    let requestExpiry: SimTime?

    init(_ quotas: QuotaSet) {
        peeringsPerVPC = quotas[.peeringsPerVPC]
        peeredAddressUsage = quotas[.peeredNetworkAddressUsage]
        routesPerTable = quotas[.routesPerRouteTable]
        rulesPerGroup = quotas[.rulesPerSecurityGroup]
        pendingRequests = quotas[.pendingPeeringRequests]
        requestExpiry = quotas.duration(.peeringRequestExpiry)
    }
}
