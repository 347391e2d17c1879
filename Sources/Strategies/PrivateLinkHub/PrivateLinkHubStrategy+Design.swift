extension StrategyKind {
    /// PrivateLink endpoint services in provider VPCs, interface endpoints in consumers.
    public static let privateLinkHub = StrategyKind(defining: "privatelink-hub")
}

extension PrivateLinkHubStrategy {
    public typealias Settings = PrivateLinkSettings
    /// The scenario section of the design's options.
    public static var optionsSection: String { "privatelink" }

    public static var summary: String { "PrivateLink endpoint services in provider VPCs, interface endpoints in consumers." }
    /// Okabe–Ito palette (distinguishable for colour-blind readers).
    public static var chartColour: String { "#E69F00" }

    /// `privatelink.acceptance: ...` (the provider accepts each endpoint connection).
    public static func acceptanceSetting(_ options: DesignOptions) -> String {
        "\(optionsSection).acceptance: \(options.privateLink.acceptance)"
    }

    /// `privatelink.dns: regional` (the name consumers resolve picks the interface).
    public static func clientRoutingSetting(_ options: DesignOptions) -> String {
        "\(optionsSection).dns: \(options.privateLink.dns.name)"
    }
}
