/// Options of the peering-mesh strategy (`peering:`).
public struct PeeringSettings: DesignSettings {
    /// Which VPC pairs get peered.
    public enum Mesh: String, CaseIterable, Sendable {
        /// Every pair of VPCs, n(n-1)/2 connections.
        case full
        /// Only pairs that traffic needs (a consumer and its services' VPCs).
        case needed
    }

    /// Default: `full`, the design the study compares against.
    public var mesh: Mesh
    /// How peering requests are accepted. Default: `manual`, AWS's (the accepter VPC's owner
    /// must accept every request; see `Acceptance`).
    public var acceptance: Acceptance
    /// How a client picks the instance it calls over the peering. Default: `any-az`
    /// (nothing of AWS's picks it; see `ClientRouting`).
    public var clientRouting: ClientRouting

    public init(mesh: Mesh = .full, acceptance: Acceptance = .manual, clientRouting: ClientRouting = .anyAZ) {
        self.mesh = mesh
        self.acceptance = acceptance
        self.clientRouting = clientRouting
    }

    /// Every option at its default.
    public static let defaults = PeeringSettings()
}

extension DesignOptions {
    /// The PeeringMesh design's options (`peering:`).
    public var peering: PeeringSettings {
        get { self[PeeringSettings.self] }
        set { self[PeeringSettings.self] = newValue }
    }
}
