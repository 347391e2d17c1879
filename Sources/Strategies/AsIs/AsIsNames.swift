import CloudModel
import ScenarioReading

/// What the `as_is:` section may refer to while it is read: the scenario's VPCs and
/// services, and the ids of the section's own lists read so far. Each reference is checked at
/// the node that makes it, with the closest name suggested.
final class AsIsNames {
    let vpcs: [String]
    let services: [String]
    var prefixLists: [String] = []
    var peerings: [String] = []
    var gateways: [String] = []
    var attachments: [String] = []
    var gatewayTables: [String] = []
    var groups: [String] = []
    var tables: [String] = []
    var endpoints: [String] = []

    init(vpcs: [String], services: [String]) {
        self.vpcs = vpcs
        self.services = services
    }

    /// A VPC of the scenario's `vpcs:`, by name.
    func vpc(_ reader: NodeReader) throws(ScenarioError) -> String {
        let name = try reader.string()
        guard vpcs.contains(name) else {
            throw reader.error("'\(name)' is not a VPC of this scenario's 'vpcs:'" + Suggestion.hint(for: name, among: vpcs))
        }
        return name
    }

    /// A service of the scenario's `services:`, by name.
    func service(_ reader: NodeReader) throws(ScenarioError) -> String {
        let name = try reader.string()
        guard services.contains(name) else {
            throw reader.error("'\(name)' is not a service of this scenario's 'services:'" + Suggestion.hint(for: name, among: services))
        }
        return name
    }

    /// An id that must be among `ids`, the ids of `as_is.<section>`.
    func reference(_ reader: NodeReader, among ids: [String], section: String) throws(ScenarioError) -> String {
        let id = try reader.string()
        guard ids.contains(id) else {
            throw reader.error("'\(id)' is not in as_is.\(section)" + Suggestion.hint(for: id, among: ids))
        }
        return id
    }

    /// A list of security-group ids of `as_is.security_groups`.
    func groupList(_ reader: NodeReader) throws(ScenarioError) -> [String] {
        try reader.list { item throws(ScenarioError) in try reference(item, among: groups, section: "security_groups") }
    }

    /// A route destination: a CIDR block, or a prefix list of `as_is.prefix_lists` (`pl-…`).
    func destination(_ reader: NodeReader) throws(ScenarioError) -> AsIsDestination {
        let text = try reader.string()
        if text.hasPrefix("pl-") {
            return .prefixList(try reference(reader, among: prefixLists, section: "prefix_lists"))
        }
        return .block(try reader.cidr())
    }

    /// A VPC route's target: `local`, `blackhole`, a peering of `as_is.peerings` (`pcx-…`), a
    /// gateway of `as_is.transit_gateways` (`tgw-…`), or any other id (leads out of the estate).
    func target(_ reader: NodeReader) throws(ScenarioError) -> AsIsRouteTarget {
        let text = try reader.string()
        switch text {
        case "local": return .local
        case "blackhole": return .blackhole
        case _ where text.hasPrefix("pcx-"):
            return .peering(try reference(reader, among: peerings, section: "peerings"))
        case _ where text.hasPrefix("tgw-") && !text.hasPrefix("tgw-attach-"):
            return .transitGateway(try reference(reader, among: gateways, section: "transit_gateways"))
        default: return .other(text)
        }
    }
}
