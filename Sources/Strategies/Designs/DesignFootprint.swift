/// What a scenario holds that a design's state grows with, for estimating the memory of one
/// replication before it runs (`ScenarioMemoryEstimate`).
public struct DesignSizes: Sendable, Equatable {
    /// VPCs, fleets' members included.
    public var vpcs: Double
    /// Consumer VPCs calling a service, one per (sender, traffic entry).
    public var senders: Double

    public init(vpcs: Double, senders: Double) {
        self.vpcs = vpcs
        self.senders = senders
    }
}

/// The memory a design's own state needs beyond the shared per-VPC figure, named for messages
/// (e.g. "4,950 peerings (DESIGN, full)", DESIGN being the design's name).
public struct DesignFootprint: Sendable, Equatable {
    public var what: String
    public var bytes: Double

    public init(what: String, bytes: Double) {
        self.what = what
        self.bytes = bytes
    }

    /// A count with thousands separators (`4,498,500`), or in Swift's exponent form past 10^15.
    public static func count(_ x: Double) -> String {
        guard x < 1e15 else { return "\(x)" }
        let whole = Int64(x.rounded())
        var digits = String(whole), out = ""
        while digits.count > 3 {
            out = "," + digits.suffix(3) + out
            digits.removeLast(3)
        }
        return digits + out
    }
}
