/// VPC Lattice's settings, fixed for now: the scenario language has no `vpc_lattice:`
/// section yet, so these are the defaults every run uses.
public struct VPCLatticeSettings: Equatable, Sendable {
    /// Prices (until they join the price catalog).
    public var prices: VPCLatticePrices
    /// Quotas (until they join the quota catalog).
    public var quotas: VPCLatticeQuotas

    public init(prices: VPCLatticePrices = .list, quotas: VPCLatticeQuotas = .aws) {
        self.prices = prices
        self.quotas = quotas
    }

    /// What every run uses.
    public static let defaults = VPCLatticeSettings()
}
