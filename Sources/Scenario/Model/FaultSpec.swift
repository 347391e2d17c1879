import SimKernel

/// A fault injected into the data plane at a given time.
public struct FaultSpec: Equatable, Sendable {
    /// What fails.
    public enum Kind: String, CaseIterable, Sendable {
        /// Every instance, endpoint interface and NLB node in one AZ stops answering.
        case azOutage = "az-outage"
    }

    /// When it starts, before the end of the run.
    public var at: SimTime
    /// What fails.
    public var kind: Kind
    /// The region it hits.
    public var region: String
    /// The AZ it hits, numbered from 1.
    public var az: Int
    /// How long it lasts; nil means until the end of the run.
    public var duration: SimTime?

    public init(at: SimTime, kind: Kind, region: String, az: Int, duration: SimTime? = nil) {
        self.at = at
        self.kind = kind
        self.region = region
        self.az = az
        self.duration = duration
    }
}
