/// Options of the PrivateLink-hub strategy (`privatelink:`).
public struct PrivateLinkSettings: DesignSettings {
    /// How endpoint connection requests are accepted. Default: `manual`, AWS's (an endpoint
    /// service requires acceptance unless configured otherwise; see `Acceptance`).
    public var acceptance: Acceptance
    /// Whether the provider's NLB balances across AZs. Default: false, the NLB's own default.
    public var crossZone: Bool
    /// Whether consumers in other regions use cross-region PrivateLink. Default: true.
    public var crossRegion: Bool
    /// The DNS name consumers resolve: the endpoint's Regional name (or its private DNS
    /// name), which answers with the interfaces of every AZ, or the zonal name of the
    /// client's own AZ. Default: `regional` (see `EndpointDNS`).
    public var dns: EndpointDNS

    public init(acceptance: Acceptance = .manual, crossZone: Bool = false, crossRegion: Bool = true,
                dns: EndpointDNS = .regional) {
        self.acceptance = acceptance
        self.crossZone = crossZone
        self.crossRegion = crossRegion
        self.dns = dns
    }

    /// Every option at its default.
    public static let defaults = PrivateLinkSettings()
}

extension DesignOptions {
    /// The PrivateLinkHub design's options (`privatelink:`).
    public var privateLink: PrivateLinkSettings {
        get { self[PrivateLinkSettings.self] }
        set { self[PrivateLinkSettings.self] = newValue }
    }
}
