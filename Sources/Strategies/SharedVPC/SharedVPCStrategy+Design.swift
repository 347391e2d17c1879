extension StrategyKind {
    /// One VPC per Region owned by a network account, its subnets shared to every workload
    /// account through AWS RAM; the Regions' shared VPCs linked in a full mesh, by VPC
    /// peering or TGW peering (`shared_vpc.cross_region`).
    public static let sharedVPC = StrategyKind(defining: "shared-vpc")
}

extension SharedVPCStrategy {
    public typealias Settings = SharedVPCSettings
    /// The scenario section of the design's options.
    public static var optionsSection: String { "shared_vpc" }

    public static var summary: String {
        "One VPC per Region whose subnets are shared to every account through AWS RAM; Regions peered (VPC or TGW peering)."
    }
    /// Okabe–Ito palette (distinguishable for colour-blind readers).
    public static var chartColour: String { "#56B4E9" }

    /// No acceptance by another account: RAM sharing inside one Organization, and the network
    /// account accepts its own Region links as it requests them. The text names the link
    /// (`shared_vpc.cross_region`), which sets the time to connect across Regions.
    public static func acceptanceSetting(_ options: DesignOptions) -> String {
        let link = "\(optionsSection).cross_region: \(options.sharedVPC.crossRegion.name)"
        switch options.sharedVPC.crossRegion {
        case .peering:
            return "none (RAM sharing inside one AWS Organization; \(link): the network account accepts its own VPC peerings at once; ⚠ assumption)"
        case .tgwPeering:
            return "none (RAM sharing inside one AWS Organization; \(link): the network account accepts its own TGW peering attachments at once, as AWS requires even in one account; ⚠ assumption: no delay)"
        case .noLink:
            return "none (RAM sharing inside one AWS Organization; \(link): no link between Regions)"
        }
    }

    /// `shared_vpc.client_routing: any-az` (the client picks the instance; see `ClientRouting`).
    public static func clientRoutingSetting(_ options: DesignOptions) -> String {
        "\(optionsSection).client_routing: \(options.sharedVPC.clientRouting.name)"
    }
}
