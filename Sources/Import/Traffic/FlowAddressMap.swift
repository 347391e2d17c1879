import CloudModel

/// Maps flow-log addresses to the estate: an address to the VPC holding it (an exported
/// network interface with that address, else the most specific subnet, else a VPC block
/// containing it), and an address and port to the target group a connection to it reaches:
/// a registered target (an IP target, or an instance's interfaces) on the group's port, a
/// load balancer's interface (`ELB …` in its description), or an interface endpoint's
/// interface (its endpoint service's load balancers' groups).
struct FlowAddressMap {
    /// Where a connection to an address and port ends: a target group, reached directly or
    /// through a load balancer or interface endpoint in front of it.
    struct Entry: Hashable {
        var groupArn: String
        /// The port it answers on; nil: any port (the only group behind that balancer).
        var port: Int?
        /// A load balancer's or endpoint's interface, not a target: a flow from it is the
        /// balancer's own hop to the targets.
        var isFrontEnd: Bool
    }

    private var interfaceVPCs: [IPAddress: Set<String>] = [:]
    private var interfaceById: [String: EstateNetworkInterface] = [:]
    private var blocks: [(block: CIDRBlock, vpcId: String, isSubnet: Bool)] = []
    private var entries: [IPAddress: [Entry]] = [:]

    init(estate: Estate) {
        for interface in estate.interfaces {
            interfaceById[interface.id] = interface
            for address in interface.addresses.compactMap({ IPAddress($0) }) {
                if let vpc = interface.vpcId { interfaceVPCs[address, default: []].insert(vpc) }
            }
        }
        for subnet in estate.subnets {
            if let block = subnet.cidr.flatMap({ CIDRBlock($0) }) { blocks.append((block, subnet.vpcId, true)) }
        }
        for vpc in estate.vpcs {
            for block in (vpc.ipv4Blocks + vpc.ipv6Blocks).compactMap({ CIDRBlock($0) }) { blocks.append((block, vpc.id, false)) }
        }
        // Most specific first: subnets before VPC blocks, longer prefixes first.
        blocks.sort { a, b in a.isSubnet != b.isSubnet ? a.isSubnet : a.block.prefixLength > b.block.prefixLength }

        for group in estate.targetGroups where !group.loadBalancerArns.isEmpty {
            for target in group.targets {
                if let address = IPAddress(target.id) {
                    add(address, Entry(groupArn: group.arn, port: group.port, isFrontEnd: false))
                } else {
                    for interface in estate.interfaces where interface.instanceId == target.id {
                        for address in interface.addresses.compactMap({ IPAddress($0) }) {
                            add(address, Entry(groupArn: group.arn, port: group.port, isFrontEnd: false))
                        }
                    }
                }
            }
        }
        func groups(behind balancers: [String]) -> [EstateTargetGroup] {
            estate.targetGroups.filter { !Set($0.loadBalancerArns).isDisjoint(with: balancers) }
        }
        func addFrontEnd(_ interface: EstateNetworkInterface, _ behind: [EstateTargetGroup]) {
            for group in behind {
                let entry = Entry(groupArn: group.arn, port: behind.count == 1 ? nil : group.port, isFrontEnd: true)
                for address in interface.addresses.compactMap({ IPAddress($0) }) { add(address, entry) }
            }
        }
        for balancer in estate.loadBalancers {
            // arn:…:loadbalancer/net/NAME/ID; its interfaces are described as "ELB net/NAME/ID".
            guard let suffix = balancer.arn.components(separatedBy: ":loadbalancer/").last, balancer.arn.contains(":loadbalancer/") else { continue }
            for interface in estate.interfaces where interface.interfaceDescription == "ELB \(suffix)" {
                addFrontEnd(interface, groups(behind: [balancer.arn]))
            }
        }
        for endpoint in estate.endpoints {
            let balancers = estate.endpointServices.filter { $0.serviceName == endpoint.serviceName }.flatMap(\.loadBalancerArns)
            guard !balancers.isEmpty else { continue }
            for id in endpoint.networkInterfaceIds {
                if let interface = interfaceById[id] { addFrontEnd(interface, groups(behind: balancers)) }
            }
        }
    }

    private mutating func add(_ address: IPAddress, _ entry: Entry) {
        if !(entries[address]?.contains(entry) ?? false) { entries[address, default: []].append(entry) }
    }

    /// The entries at an address that answer on `port`.
    func entries(at address: IPAddress, port: Int) -> [Entry] {
        (entries[address] ?? []).filter { $0.port == nil || $0.port == port }
    }

    /// Whether a flow from `address` to the group is the service's own hop: from a load
    /// balancer's or endpoint's interface, or from one of the group's targets.
    func isHop(from address: IPAddress, toGroup arn: String) -> Bool {
        (entries[address] ?? []).contains { $0.isFrontEnd || $0.groupArn == arn }
    }

    /// The VPCs an address may be in: an interface's VPC, else the most specific subnets' or
    /// blocks' (several when CIDRs overlap). Among several, the VPC of `observedAt` (the
    /// record's interface) wins when it is one of them.
    func vpcs(of address: IPAddress, observedAt interfaceId: String) -> [String] {
        var candidates: [String]
        if let exact = interfaceVPCs[address] {
            candidates = exact.sorted()
        } else {
            candidates = []
            var best: (isSubnet: Bool, prefix: Int)?
            for entry in blocks where entry.block.contains(address) {
                if let b = best, b.isSubnet != entry.isSubnet || b.prefix != entry.block.prefixLength { break }
                best = (entry.isSubnet, entry.block.prefixLength)
                if !candidates.contains(entry.vpcId) { candidates.append(entry.vpcId) }
            }
            candidates.sort()
        }
        if candidates.count > 1, let own = interfaceById[interfaceId]?.vpcId, candidates.contains(own) { return [own] }
        return candidates
    }
}
