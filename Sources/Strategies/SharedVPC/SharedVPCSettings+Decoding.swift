import ScenarioReading

extension SharedVPCSettings: DesignSettingsDecoding {
    package static let keys = ["cross_region", "client_routing"]

    /// `shared_vpc: {cross_region: tgw-peering, client_routing: same-az}`.
    package init(reading reader: NodeReader) throws(ScenarioError) {
        let fields = try reader.mapping(keys: Self.keys)
        self.init(
            crossRegion: try fields.optional("cross_region", default: .peering) { r throws(ScenarioError) in
                try r.sharedVPCCrossRegion()
            },
            clientRouting: try fields.optional("client_routing", default: .anyAZ) { r throws(ScenarioError) in
                try r.clientRouting()
            })
    }
}

extension NodeReader {
    /// `peering`, `tgw-peering` or `none` (`SharedVPCSettings.CrossRegion`). A plain `true`
    /// or `false`, the key's spelling when it was a switch, still reads as `peering` or
    /// `none`; any other value names the three.
    func sharedVPCCrossRegion() throws(ScenarioError) -> SharedVPCSettings.CrossRegion {
        if let on = try? bool() { return on ? .peering : .noLink }
        return try choice(SharedVPCSettings.CrossRegion.allCases.map { (key: $0.name, value: $0) })
    }
}
