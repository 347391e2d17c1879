/// Options of the shared-vpc design (`shared_vpc:`).
public struct SharedVPCSettings: DesignSettings {
    /// How the Regions' shared VPCs are linked: `peering` (the default), `tgw-peering` or
    /// `none` (see `CrossRegion`).
    public var crossRegion: CrossRegion
    /// How a client picks the instance it calls over the local route. Default: `any-az`
    /// (see `ClientRouting`).
    public var clientRouting: ClientRouting

    public init(crossRegion: CrossRegion = .peering, clientRouting: ClientRouting = .anyAZ) {
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
