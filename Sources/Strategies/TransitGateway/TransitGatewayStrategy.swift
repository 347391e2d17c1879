import CloudModel
import SimKernel

/// A transit gateway per region, every VPC attached to its region's gateway, and the
/// gateways peered in a full mesh of regions.
///
/// The first VPC of a region creates its TGW (`tgw_create`); a gateway peers with every
/// gateway already available when it becomes available (a peering attachment requested by
/// the newer one, accepted per `transit_gateway.acceptance`, available after
/// `tgw_peering`), so the regions with VPCs end up fully meshed. At most
/// `tgw_pending_peering_attachments` requests of one gateway wait for acceptance at once;
/// the rest wait for a slot.
///
/// Each VPC is attached (`tgw_attachment`; accepted per `transit_gateway.acceptance`, since
/// with one account per VPC (⚠ assumption) the attachment comes from another account than
/// the gateway's) with one ENI per AZ it uses. On availability its CIDRs are propagated
/// into its gateway's route table and added as static routes toward the peering in every
/// peered gateway's table (TGW peering takes static routes only, aws-facts.md §3.2); then
/// its own route tables get their routes toward the gateway (`route_create`):
/// - `vpc_routes: summary`: one route per address family to the summary of every VPC CIDR
///   of the run (`AddressPlan.summaries`), and a provider's security group one rule per
///   family admitting that summary;
/// - `vpc_routes: per-destination`: one route per CIDR of each VPC it exchanges traffic
///   with, and a provider's security group one rule per consumer CIDR.
///
/// A gateway route table takes one route per destination: an identical CIDR arriving later
/// (propagated or static) is refused, so that VPC stays unreachable from there (reason
/// `overlap`); a source whose own CIDR contains the destination keeps the packet (local
/// route wins). Quotas: `tgw_attachments_per_tgw` (VPC and peering attachments),
/// `tgw_routes_per_tgw` (all routes of a gateway), `tgw_peering_attachments_per_tgw`,
/// `routes_per_route_table` and `rules_per_security_group` for the VPC side. Transitive
/// routing is the point: any attached VPC reaches any other whose routes resolve.
public struct TransitGatewayStrategy: ConnectivityStrategy {
    public static let kind = StrategyKind.transitGateway
    public let context: StrategyContext
    let routesStyle: TransitGatewaySettings.VPCRoutes

    // Per region
    var gatewayState: [AttachmentState]
    var waitingAttachments: [[Int]]
    var attachmentsHeld: [Int]
    var peeringAttachmentsHeld: [Int]
    var pendingPeerings: [Int]
    var queuedPeerings: [[Int]]
    /// Per region, per block: the gateway's route.
    var gatewayTable: [[TGWRoute]]
    var gatewayRouteCount: [Int]

    // TGW peerings
    var peerings: [TGWPeeringRecord] = []
    /// Per (region, region): peering number, or -1.
    var peeringBetween: [[Int]]

    // Per VPC
    var attachment: [AttachmentState]
    var attachmentFailure: [UnreachableReason?]
    /// Why a block of the VPC is missing from a gateway's table: per VPC, per region
    /// (nil when not refused).
    var refusedAt: [[UnreachableReason?]]
    /// The VPC's routes toward the gateway are in place.
    var vpcRoutesAdded: [Bool]
    var vpcRoutes: [FamilyCount]
    /// [VPC, block]: per-destination routes and security-group rules.
    var routeBits: BitMatrix
    var ruleBits: BitMatrix
    /// Per VPC: inbound rules of its group, per family (per-destination style).
    var rules: [FamilyCount]
    /// Under `summary`, the provider's security group admits the summary.
    var summaryRule: [Bool]
    /// VPCs that provide a service to some other VPC.
    let isProvider: [Bool]

    public init(context: StrategyContext) {
        self.context = context
        routesStyle = context.configuration.options.transitGateway.vpcRoutes
        let regions = context.topology.regions.count, n = context.topology.vpcs.count
        let blocks = context.addresses.blocks.count
        gatewayState = Array(repeating: .none, count: regions)
        waitingAttachments = Array(repeating: [], count: regions)
        attachmentsHeld = Array(repeating: 0, count: regions)
        peeringAttachmentsHeld = Array(repeating: 0, count: regions)
        pendingPeerings = Array(repeating: 0, count: regions)
        queuedPeerings = Array(repeating: [], count: regions)
        gatewayTable = Array(repeating: Array(repeating: .none, count: blocks), count: regions)
        gatewayRouteCount = Array(repeating: 0, count: regions)
        peeringBetween = Array(repeating: Array(repeating: -1, count: regions), count: regions)
        attachment = Array(repeating: .none, count: n)
        attachmentFailure = Array(repeating: nil, count: n)
        refusedAt = Array(repeating: Array(repeating: nil, count: regions), count: n)
        vpcRoutesAdded = Array(repeating: false, count: n)
        vpcRoutes = Array(repeating: .zero, count: n)
        let perDestination = routesStyle == .perDestination
        routeBits = BitMatrix(rows: perDestination ? n : 0, columns: blocks)
        ruleBits = BitMatrix(rows: perDestination ? n : 0, columns: blocks)
        rules = Array(repeating: .zero, count: n)
        summaryRule = Array(repeating: false, count: n)
        var provider = Array(repeating: false, count: n)
        for d in context.topology.demands.indices where context.graph.consumer[d] != context.graph.provider[d] {
            provider[context.graph.provider[d]] = true
        }
        isProvider = provider
    }

    public mutating func vpcCreated<Queue: EventQueue>(_ v: Int, in simulator: inout Simulator<Queue>,
                                                        ledger: inout ControlPlaneLedger) {
        let r = context.region(of: v)
        if gatewayState[r] == .none {
            ledger.count(Operation.createTransitGateway)
            // The design routes through the gateway's default route table, one per gateway:
            // `tgw_route_tables_per_tgw` must allow it (20 by default, so only a what-if
            // setting of 0 refuses it), else the gateway cannot route and every attachment
            // of the Region fails (`quota`).
            if context.quotas.permits(.tgwRouteTablesPerTGW, count: Self.routeTablesPerGateway) {
                gatewayState[r] = .pending
                ledger.schedule(EventKind.transitGatewayAvailable, after: context.timer.draw(TimedOperation.tgwCreate),
                                target: r, in: &simulator)
            } else {
                ledger.violate(.tgwRouteTablesPerTGW)
                gatewayState[r] = .failed
            }
        }
        if gatewayState[r] == .failed {
            attachment[v] = .failed
            attachmentFailure[v] = .quota
        } else if !context.quotas.permits(.tgwAttachmentsPerTGW, count: attachmentsHeld[r] + 1) {
            ledger.count(Operation.createTransitGatewayVpcAttachment)
            ledger.violate(.tgwAttachmentsPerTGW)
            attachment[v] = .failed
            attachmentFailure[v] = .quota
        } else {
            attachmentsHeld[r] += 1
            if gatewayState[r] == .available {
                startAttachment(v, in: &simulator, ledger: &ledger)
            } else {
                attachment[v] = .waitingForGateway
                waitingAttachments[r].append(v)
            }
        }
        openDemandGoals(joining: v, at: simulator.now, ledger: &ledger)
    }

    /// TGW route tables each gateway uses: its default route table, which every attachment
    /// associates with and propagates to.
    static let routeTablesPerGateway = 1

    mutating func startAttachment<Queue: EventQueue>(_ v: Int, in simulator: inout Simulator<Queue>,
                                                     ledger: inout ControlPlaneLedger) {
        ledger.count(Operation.createTransitGatewayVpcAttachment)
        let timer = context.timer
        if timer.isAutomatic(TimedOperation.tgwAcceptance) {
            attachment[v] = .pending
            ledger.schedule(EventKind.attachmentAvailable, after: timer.draw(TimedOperation.tgwAttachment), target: v, in: &simulator)
        } else {
            attachment[v] = .pendingAcceptance
            ledger.schedule(EventKind.attachmentAccepted, after: timer.draw(TimedOperation.tgwAcceptance), target: v, in: &simulator)
        }
    }

    /// Requests a peering between two available gateways, or queues it behind the
    /// requester's pending-peering quota.
    mutating func requestPeering<Queue: EventQueue>(requester r: Int, accepter q: Int,
                                                    in simulator: inout Simulator<Queue>,
                                                    ledger: inout ControlPlaneLedger) {
        let id = peerings.count
        peeringBetween[r][q] = id
        peeringBetween[q][r] = id
        var record = TGWPeeringRecord(accepter: q, requester: r, state: .waitingForSlot)
        let quotas = context.quotas
        if !quotas.permits(.tgwPeeringAttachmentsPerTGW, count: peeringAttachmentsHeld[r] + 1)
            || !quotas.permits(.tgwPeeringAttachmentsPerTGW, count: peeringAttachmentsHeld[q] + 1) {
            ledger.count(Operation.createTransitGatewayPeeringAttachment)
            ledger.violate(.tgwPeeringAttachmentsPerTGW)
            record.state = .failed
            record.failure = .quota
        } else if !quotas.permits(.tgwAttachmentsPerTGW, count: attachmentsHeld[r] + 1)
            || !quotas.permits(.tgwAttachmentsPerTGW, count: attachmentsHeld[q] + 1) {
            ledger.count(Operation.createTransitGatewayPeeringAttachment)
            ledger.violate(.tgwAttachmentsPerTGW)
            record.state = .failed
            record.failure = .quota
        } else {
            peeringAttachmentsHeld[r] += 1
            peeringAttachmentsHeld[q] += 1
            attachmentsHeld[r] += 1
            attachmentsHeld[q] += 1
        }
        peerings.append(record)
        guard record.state == .waitingForSlot else { return }
        queuedPeerings[r].append(id)
        sendPeerings(of: r, in: &simulator, ledger: &ledger)
        if peerings[id].state == .waitingForSlot { ledger.requestsWaited += 1 }
    }

    /// Sends queued peering requests of region `r`'s gateway while it has pending slots.
    mutating func sendPeerings<Queue: EventQueue>(of r: Int, in simulator: inout Simulator<Queue>,
                                                  ledger: inout ControlPlaneLedger) {
        let limit = context.quotas[.tgwPendingPeeringAttachments]
        while !queuedPeerings[r].isEmpty, limit.permits(pendingPeerings[r] + 1) {
            let id = queuedPeerings[r].removeFirst()
            ledger.count(Operation.createTransitGatewayPeeringAttachment)
            pendingPeerings[r] += 1
            peerings[id].state = .pendingAcceptance
            let timer = context.timer
            if timer.isAutomatic(TimedOperation.tgwAcceptance) {
                acceptPeering(id, in: &simulator, ledger: &ledger)
            } else {
                ledger.schedule(EventKind.tgwPeeringAccepted, after: timer.draw(TimedOperation.tgwAcceptance), target: id, in: &simulator)
            }
        }
    }

    mutating func acceptPeering<Queue: EventQueue>(_ id: Int, in simulator: inout Simulator<Queue>,
                                                   ledger: inout ControlPlaneLedger) {
        ledger.count(Operation.acceptTransitGatewayPeeringAttachment)
        peerings[id].state = .pending
        let r = peerings[id].requester
        pendingPeerings[r] -= 1
        ledger.schedule(EventKind.tgwPeeringAvailable, after: context.timer.draw(TimedOperation.tgwPeering), target: id, in: &simulator)
        sendPeerings(of: r, in: &simulator, ledger: &ledger)
    }
}
