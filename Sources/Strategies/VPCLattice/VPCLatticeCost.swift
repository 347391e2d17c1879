/// The monthly bill of VPCLatticeStrategy, by item (see its `monthlyCost`).
public struct VPCLatticeCost: DesignCost, Equatable {
    /// Lattice service hours: one per provisioned service.
    public var serviceHours = 0.0
    /// Data processed by the services, requests plus responses (inter-AZ data included).
    public var dataProcessing = 0.0
    /// Requests beyond each service's free allowance per hour.
    public var requests = 0.0

    public init() {}

    public var breakdown: CostBreakdown {
        CostBreakdown([
            .init("lattice_service_hours", serviceHours),
            .init("lattice_data_processing", dataProcessing),
            .init("lattice_requests", requests),
        ])
    }
}

extension VPCLatticeStrategy {
    public typealias Cost = VPCLatticeCost
}
