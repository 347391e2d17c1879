/// The prices in force for one run: the bundled list prices (`PriceCatalog`), each
/// overridable by name or by property.
///
/// Plain stored properties so strategies read them at no cost; `PriceCatalog` says where
/// each default comes from. Monetary values are US dollars; "GB" is as AWS bills it.
public struct PriceTable: Sendable, Equatable {
    /// Hours in a billing month (730 by AWS's convention).
    public var hoursPerMonth: Double = 0
    /// VPC peering connection-hour (free).
    public var peeringConnectionHour: Double = 0
    /// Peering data that stays in one AZ, per GB (free).
    public var peeringSameAZPerGB: Double = 0
    /// Peering data across AZs, per GB in each direction.
    public var peeringCrossAZPerGB: Double = 0
    /// EC2-to-EC2 data across AZs without a gateway, per GB in each direction.
    public var crossAZPerGB: Double = 0
    /// Cross-AZ data to an interface endpoint or through a TGW, per GB (free since 2022-04).
    public var crossAZToEndpointOrTGWPerGB: Double = 0
    /// Inter-Region data transfer, per GB, charged to the sender (default for all pairs).
    public var interRegionPerGB: Double = 0
    /// Inter-Region data transfer between us-east-1 and us-east-2, per GB.
    public var interRegionUSEast1USEast2PerGB: Double = 0
    /// Interface endpoint, per endpoint per AZ-hour.
    public var interfaceEndpointAZHour: Double = 0
    /// Endpoint data processing, first tier, per GB.
    public var endpointProcessingTier1PerGB: Double = 0
    /// Endpoint data processing, second tier, per GB.
    public var endpointProcessingTier2PerGB: Double = 0
    /// Endpoint data processing, beyond the second tier, per GB.
    public var endpointProcessingTier3PerGB: Double = 0
    /// Size of the first processing tier, GB per month per Region.
    public var endpointTier1GB: Double = 0
    /// Size of the second processing tier, GB per month per Region.
    public var endpointTier2GB: Double = 0
    /// Cross-Region PrivateLink, provider side, per remote Region-hour (⚠ unconfirmed).
    public var privateLinkCrossRegionProviderRegionHour: Double = 0
    /// Network Load Balancer, per NLB-hour.
    public var nlbHour: Double = 0
    /// Network Load Balancer capacity unit, per NLCU-hour.
    public var nlcuHour: Double = 0
    /// New connections per second that make one NLCU (⚠ unconfirmed).
    public var nlcuNewConnectionsPerSecond: Double = 0
    /// Active connections that make one NLCU (⚠ unconfirmed).
    public var nlcuActiveConnections: Double = 0
    /// GB processed per hour that make one NLCU (⚠ unconfirmed).
    public var nlcuProcessedGBPerHour: Double = 0
    /// Transit Gateway attachment-hour.
    public var tgwAttachmentHour: Double = 0
    /// Transit Gateway data processing, per GB sent into the TGW.
    public var tgwProcessingPerGB: Double = 0
    /// Transit Gateway processing of data arriving from a peering attachment (⚠ unconfirmed; 0).
    public var tgwProcessingFromPeeringPerGB: Double = 0
    /// NAT gateway-hour (context).
    public var natGatewayHour: Double = 0
    /// NAT gateway data processing, per GB (context).
    public var natGatewayPerGB: Double = 0
    /// Internet egress, per GB (context).
    public var internetEgressPerGB: Double = 0

    /// The bundled list prices (`PriceCatalog.facts`).
    public init() {
        for fact in PriceCatalog.facts { self[keyPath: fact.key.keyPath] = fact.value }
    }

    /// The bundled list prices.
    public static let listPrices = PriceTable()

    /// The value for a key.
    public subscript(key: PriceKey) -> Double {
        get { self[keyPath: key.keyPath] }
        set { self[keyPath: key.keyPath] = newValue }
    }

    /// Overrides one price by its scenario key. Values must be finite and ≥ 0; hours per
    /// month and the NLCU dimensions must be > 0 (they divide).
    public mutating func set(_ key: String, to value: Double) throws(PriceError) {
        let priceKey = try PriceKey(parsing: key)
        let divisors: [PriceKey] = [.hoursPerMonth, .nlcuNewConnectionsPerSecond, .nlcuActiveConnections,
                                    .nlcuProcessedGBPerHour]
        let mustBePositive = divisors.contains(priceKey)
        guard value.isFinite, mustBePositive ? value > 0 : value >= 0 else {
            throw PriceError(key: key, reason: .invalidValue(value, expected: mustBePositive
                ? "a finite number > 0" : "a finite number ≥ 0 (US dollars)"))
        }
        self[priceKey] = value
    }
}
