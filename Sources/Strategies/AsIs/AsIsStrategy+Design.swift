extension StrategyKind {
    /// The imported estate's own connectivity, unchanged.
    public static let asIs = StrategyKind(defining: "as-is")
}

extension AsIsStrategy {
    public typealias Settings = AsIsSettings
    /// The scenario section of the design's options.
    public static var optionsSection: String { "as_is" }

    public static var summary: String {
        "The estate's existing connectivity (as_is:, from vpcsim import aws), unchanged: its route tables, peerings, TGWs, security groups and endpoints."
    }
    /// Okabe–Ito palette's black: the estate, against which the designs are read.
    public static var chartColour: String { "#000000" }

    /// Only a scenario with an estate (`as_is:`) runs it: not in the default `strategies:`.
    public static var needsEstate: Bool { true }

    /// Nothing is accepted during the run: the estate exists.
    public static func acceptanceSetting(_ options: DesignOptions) -> String {
        "not applicable (the estate exists before the run: nothing is requested or accepted, time to connect is 0 s)"
    }
}
