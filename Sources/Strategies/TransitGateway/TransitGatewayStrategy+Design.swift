extension StrategyKind {
    /// A Transit Gateway per Region, peered across Regions.
    public static let transitGateway = StrategyKind(defining: "transit-gateway")
}

extension TransitGatewayStrategy {
    public typealias Settings = TransitGatewaySettings
    /// The scenario section of the design's options.
    public static var optionsSection: String { "transit_gateway" }

    public static var summary: String { "A Transit Gateway per Region, peered across Regions." }
    /// Okabe–Ito palette (distinguishable for colour-blind readers).
    public static var chartColour: String { "#009E73" }

    /// `transit_gateway.acceptance: ...` (VPC attachments from other accounts and TGW peerings).
    public static func acceptanceSetting(_ options: DesignOptions) -> String {
        "\(optionsSection).acceptance: \(options.transitGateway.acceptance)"
    }

    /// `transit_gateway.client_routing: any-az` (the client picks the instance; see `ClientRouting`).
    public static func clientRoutingSetting(_ options: DesignOptions) -> String {
        "\(optionsSection).client_routing: \(options.transitGateway.clientRouting.name)"
    }
}
