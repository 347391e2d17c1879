/// Options of the shared-vpc design (`shared_vpc:`).
public struct SharedVPCSettings: DesignSettings {
    /// Whether the Regions' shared VPCs are peered (a VPC cannot span Regions, so without
    /// this, workloads in different Regions cannot reach each other: `no-route`). Default:
    /// true.
    public var crossRegion: Bool

    public init(crossRegion: Bool = true) {
        self.crossRegion = crossRegion
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
