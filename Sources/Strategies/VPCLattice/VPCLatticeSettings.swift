/// Options of the vpc-lattice design (`vpc_lattice:`): none yet. Its prices and quotas are
/// in the catalogs (`prices:`-free list prices, `quotas:` keys `lattice_*`).
public struct VPCLatticeSettings: DesignSettings {
    public init() {}

    /// What every run uses.
    public static let defaults = VPCLatticeSettings()
}
