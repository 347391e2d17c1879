extension StrategyKind {
    /// One VPC per Region owned by a network account, its subnets shared to every workload
    /// account through AWS RAM; the Regions' shared VPCs peered in a full mesh.
    public static let sharedVPC = StrategyKind(defining: "shared-vpc")
}

extension SharedVPCStrategy {
    public static var summary: String {
        "One VPC per Region whose subnets are shared to every account through AWS RAM; Regions peered."
    }
    /// Okabe–Ito palette (distinguishable for colour-blind readers).
    public static var chartColour: String { "#56B4E9" }
}
