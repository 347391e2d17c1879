import SimKernel

/// `shared_vpc.cross_region: tgw-peering`: the Regions' transit gateways, their shared
/// VPCs' attachments and the gateways' peerings (see `SharedVPCStrategy`).
extension SharedVPCStrategy {
    /// Creates region `r`'s transit gateway, with its shared VPC. The link routes through
    /// the gateway's default route table: `tgw_route_tables_per_tgw` must allow it, as
    /// under the transit-gateway design, else the gateway cannot route (`quota`).
    mutating func createGateway<Queue: EventQueue>(_ r: Int, in simulator: inout Simulator<Queue>,
                                                   ledger: inout ControlPlaneLedger) {
        ledger.count(Operation.createTransitGateway)
        if context.quotas.permits(.tgwRouteTablesPerTGW, count: TransitGatewayStrategy.routeTablesPerGateway) {
            gatewayState[r] = .pending
            ledger.schedule(EventKind.regionGatewayAvailable, after: context.timer.draw(TimedOperation.tgwCreate),
                            target: r, in: &simulator)
        } else {
            ledger.violate(.tgwRouteTablesPerTGW)
            gatewayState[r] = .failed
        }
    }

    /// Attaches region `r`'s shared VPC to its gateway once both are available. The network
    /// account owns both, so the attachment needs no acceptance.
    mutating func attachIfReady<Queue: EventQueue>(_ r: Int, in simulator: inout Simulator<Queue>,
                                                   ledger: inout ControlPlaneLedger) {
        guard vpcState[r] == .available, gatewayState[r] == .available, attachmentState[r] == .none else { return }
        ledger.count(Operation.createTransitGatewayVpcAttachment)
        guard context.quotas.permits(.tgwAttachmentsPerTGW, count: attachmentsHeld[r] + 1) else {
            ledger.violate(.tgwAttachmentsPerTGW)
            attachmentState[r] = .failed
            return
        }
        attachmentsHeld[r] += 1
        attachmentState[r] = .pending
        ledger.schedule(EventKind.regionAttachmentAvailable, after: context.timer.draw(TimedOperation.tgwAttachment),
                        target: r, in: &simulator)
    }

    /// Requests the peering attachment of two available gateways, which the network
    /// account accepts at once (it owns the accepter too; AWS still requires the accept).
    mutating func requestGatewayPeering<Queue: EventQueue>(requester r: Int, accepter q: Int,
                                                           in simulator: inout Simulator<Queue>,
                                                           ledger: inout ControlPlaneLedger) {
        let id = peerings.count
        peeringBetween[r][q] = id
        peeringBetween[q][r] = id
        var link = SharedVPCRegionLink(a: q, b: r)
        ledger.count(Operation.createTransitGatewayPeeringAttachment)
        let quotas = context.quotas
        if !quotas.permits(.tgwPeeringAttachmentsPerTGW, count: peeringAttachmentsHeld[r] + 1)
            || !quotas.permits(.tgwPeeringAttachmentsPerTGW, count: peeringAttachmentsHeld[q] + 1) {
            ledger.violate(.tgwPeeringAttachmentsPerTGW)
            link.state = .failed
            link.failure = .quota
        } else if !quotas.permits(.tgwAttachmentsPerTGW, count: attachmentsHeld[r] + 1)
            || !quotas.permits(.tgwAttachmentsPerTGW, count: attachmentsHeld[q] + 1) {
            ledger.violate(.tgwAttachmentsPerTGW)
            link.state = .failed
            link.failure = .quota
        } else {
            peeringAttachmentsHeld[r] += 1
            peeringAttachmentsHeld[q] += 1
            attachmentsHeld[r] += 1
            attachmentsHeld[q] += 1
            ledger.count(Operation.acceptTransitGatewayPeeringAttachment)
            ledger.schedule(EventKind.gatewayPeeringAvailable, after: context.timer.draw(TimedOperation.tgwPeering),
                            target: id, in: &simulator)
        }
        peerings.append(link)
    }

    /// Once link `id`'s peering attachment and both Regions' VPC attachments are
    /// available: a static route in each gateway toward the peering, for the other
    /// Region's shared-VPC CIDR, and a route in each shared VPC to that CIDR through its
    /// gateway (after `route_create`).
    mutating func routeIfReady<Queue: EventQueue>(_ id: Int, in simulator: inout Simulator<Queue>,
                                                  ledger: inout ControlPlaneLedger) {
        let link = peerings[id]
        guard link.state == .available, !link.routesRequested,
              attachmentState[link.a] == .available, attachmentState[link.b] == .available else { return }
        peerings[id].routesRequested = true
        for r in [link.a, link.b] {
            ledger.count(Operation.createTransitGatewayRoute)
            if context.quotas.permits(.tgwRoutesPerTGW, count: gatewayRoutes[r] + 1) {
                gatewayRoutes[r] += 1
                ledger.inventory.routeEntriesTotal += 1
            } else {
                ledger.violate(.tgwRoutesPerTGW)
                peerings[id].failure = .quota
            }
        }
        requestRegionRoutes(id, ledger: &ledger)
        ledger.schedule(EventKind.gatewayRoutesAdded, after: context.timer.draw(TimedOperation.routeCreate),
                        target: id, in: &simulator)
    }

    /// Why the gateways cannot carry traffic between regions `ra` and `rb`, or nil when
    /// they can.
    func gatewayLinkRefusal(_ ra: Int, _ rb: Int) -> UnreachableReason? {
        for r in [ra, rb] {
            if gatewayState[r] == .failed || attachmentState[r] == .failed || propagationRefused[r] { return .quota }
        }
        let id = peeringBetween[ra][rb]
        guard id >= 0 else { return .pending }
        if let failure = peerings[id].failure { return failure }
        return peerings[id].routed ? nil : .pending
    }
}
