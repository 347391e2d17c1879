extension StrategyKind {
    /// A full (or as-needed) mesh of VPC peering connections.
    public static let peeringMesh = StrategyKind(defining: "peering-mesh")
}

extension PeeringMeshStrategy {
    public typealias Settings = PeeringSettings
    /// The scenario section of the design's options.
    public static var optionsSection: String { "peering" }

    public static var summary: String { "A full (or as-needed) mesh of VPC peering connections." }
    /// Okabe–Ito palette (distinguishable for colour-blind readers).
    public static var chartColour: String { "#0072B2" }

    /// `peering.acceptance: ...` (every peering takes an accept call; see `Acceptance`).
    public static func acceptanceSetting(_ options: DesignOptions) -> String {
        "\(optionsSection).acceptance: \(options.peering.acceptance)"
    }

    /// `peering.client_routing: any-az` (the client picks the instance; see `ClientRouting`).
    public static func clientRoutingSetting(_ options: DesignOptions) -> String {
        "\(optionsSection).client_routing: \(options.peering.clientRouting.name)"
    }
}
