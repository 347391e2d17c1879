/// Options of the shared-vpc design (`shared_vpc:`).
public struct SharedVPCSettings: DesignSettings {
    /// Whether the Regions' shared VPCs are peered (a VPC cannot span Regions, so without
    /// this, workloads in different Regions cannot reach each other: `no-route`). Default:
    /// true.
    public var crossRegion: Bool
    /// How a client picks the instance it calls over the local route. Default: `any-az`
    /// (see `ClientRouting`).
    public var clientRouting: ClientRouting

    public init(crossRegion: Bool = true, clientRouting: ClientRouting = .anyAZ) {
        self.crossRegion = crossRegion
        self.clientRouting = clientRouting
    }

    /// Every option at its default.
    public static let defaults = SharedVPCSettings()
}

extension DesignOptions {
    /// The shared-vpc design's options (`shared_vpc:`).
    public var sharedVPC: SharedVPCSettings {
        get { self[SharedVPCSettings.self] }
        set { self[SharedVPCSettings.self] = newValue }
    }
}
