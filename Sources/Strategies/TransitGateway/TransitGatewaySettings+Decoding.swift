import ScenarioReading

extension TransitGatewaySettings: DesignSettingsDecoding {
    package static let keys = ["acceptance", "vpc_routes", "client_routing"]

    /// `transit_gateway: {acceptance: manual, vpc_routes: summary, client_routing: any-az}`.
    package init(reading reader: NodeReader) throws(ScenarioError) {
        let fields = try reader.mapping(keys: Self.keys)
        self.init(
            acceptance: try fields.optional("acceptance", default: .manual) { r throws(ScenarioError) in try r.acceptance() },
            vpcRoutes: try fields.optional("vpc_routes", default: .summary) { r throws(ScenarioError) in
                try r.choice(["summary": VPCRoutes.summary, "per-destination": VPCRoutes.perDestination])
            },
            clientRouting: try fields.optional("client_routing", default: .anyAZ) { r throws(ScenarioError) in
                try r.clientRouting()
            })
    }
}
