/// The control-plane faults of PeeringMeshStrategy, by their scenario names.
public enum PeeringFault: String, DesignFault {
    /// `kind: peering-deletion`: the peering connection between VPCs `a` and `b` is deleted.
    case peeringDeletion = "peering-deletion"
    /// The accepter rejects the request between VPCs `a` and `b` that awaits acceptance.
    case peeringRejection = "peering-rejection"

    public var summary: String {
        switch self {
        case .peeringDeletion:
            return "deletes the peering connection between VPCs a and b; its routes stay as blackholes"
        case .peeringRejection:
            return "the accepter rejects the peering request between VPCs a and b that awaits acceptance"
        }
    }
}

extension ControlPlaneFault {
    /// Deletes the VPC peering between VPCs `a` and `b` (peering-mesh).
    public static func peeringDeletion(between a: Int, and b: Int) -> ControlPlaneFault {
        ControlPlaneFault(name: PeeringFault.peeringDeletion.rawValue, a: a, b: b)
    }

    /// Rejects the pending peering request between VPCs `a` and `b` (peering-mesh).
    public static func peeringRejection(between a: Int, and b: Int) -> ControlPlaneFault {
        ControlPlaneFault(name: PeeringFault.peeringRejection.rawValue, a: a, b: b)
    }
}
