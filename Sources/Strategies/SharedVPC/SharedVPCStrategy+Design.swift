extension StrategyKind {
    /// One VPC per Region owned by a network account, its subnets shared to every workload
    /// account through AWS RAM; the Regions' shared VPCs peered in a full mesh.
    public static let sharedVPC = StrategyKind(defining: "shared-vpc")
}

extension SharedVPCStrategy {
    public typealias Settings = SharedVPCSettings
    /// The scenario section of the design's options.
    public static var optionsSection: String { "shared_vpc" }

    public static var summary: String {
        "One VPC per Region whose subnets are shared to every account through AWS RAM; Regions peered."
    }
    /// Okabe–Ito palette (distinguishable for colour-blind readers).
    public static var chartColour: String { "#56B4E9" }

    /// No acceptance by another account: RAM sharing inside one Organization, and the network
    /// account accepts its own shared VPCs' peerings as it requests them.
    public static func acceptanceSetting(_ options: DesignOptions) -> String {
        "none (RAM sharing inside one AWS Organization; the network account accepts its own peerings at once; ⚠ assumption)"
    }

    /// `shared_vpc.client_routing: any-az` (the client picks the instance; see `ClientRouting`).
    public static func clientRoutingSetting(_ options: DesignOptions) -> String {
        "\(optionsSection).client_routing: \(options.sharedVPC.clientRouting.name)"
    }
}
