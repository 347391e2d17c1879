import CloudModel
import SimKernel

/// A fault injected during the run (`faults:`).
public struct FaultSpec: Equatable, Sendable {
    /// The kinds of fault, by the names scenario files use.
    public enum Kind: String, CaseIterable, Sendable {
        /// Every instance, endpoint interface and Transit Gateway interface in one AZ stops.
        case azOutage = "az-outage"
        /// The peering connection between two VPCs is deleted (peering-mesh only).
        case peeringDeletion = "peering-deletion"
        /// The provider rejects a consumer's interface endpoint (privatelink-hub only).
        case endpointRejection = "endpoint-rejection"
    }

    /// What the fault hits.
    public enum Target: Equatable, Sendable {
        /// One AZ (numbered from 1) of a region.
        case zone(region: String, az: Int)
        /// The peering connection between two explicit VPCs, by name.
        case peering(String, String)
        /// The interface endpoint of an explicit consumer VPC for a service.
        case endpoint(consumer: String, service: String)
    }

    /// When it starts, before the end of the run.
    public var at: SimTime
    /// What it hits; this also fixes its kind.
    public var target: Target
    /// How long an AZ outage lasts; nil means until the end of the run. Deletions and
    /// rejections are permanent and have none.
    public var duration: SimTime?
    /// How long clients and load balancers take to notice an AZ outage (and its end) and
    /// route around it. Default: the NLB's default health checking, 2 failed checks × 30 s
    /// (`AWSFacts.HealthChecks.detection`), or the fault's `health_check_interval` ×
    /// `unhealthy_threshold`.
    public var detection: SimTime

    public init(at: SimTime, target: Target, duration: SimTime? = nil,
                detection: SimTime = FaultSpec.defaultDetection) {
        self.at = at
        self.target = target
        self.duration = duration
        self.detection = detection
    }

    /// An AZ outage of `region`'s AZ `az` (numbered from 1).
    public static func azOutage(at: SimTime, region: String, az: Int, duration: SimTime? = nil,
                                detection: SimTime = FaultSpec.defaultDetection) -> FaultSpec {
        FaultSpec(at: at, target: .zone(region: region, az: az), duration: duration, detection: detection)
    }

    /// The kind, as the file names it.
    public var kind: Kind {
        switch target {
        case .zone: return .azOutage
        case .peering: return .peeringDeletion
        case .endpoint: return .endpointRejection
        }
    }

    /// Detection delay when the file gives none.
    public static let defaultDetection = AWSFacts.HealthChecks.detection
}
