import SimKernel

/// The random streams of one data plane. Each purpose has one stream per demand (or per
/// service), seeded from (run seed, purpose, index) with index = replication × 2³² + demand:
/// never from the strategy, so the strategies of a replication draw the same numbers.
///
/// | purpose | per | draws per request |
/// |---|---|---|
/// | `dataplane.arrivals` | demand | 1 (the gap to the next request) |
/// | `dataplane.placement` | demand | 3 (client AZ, two routing choices) |
/// | `dataplane.network` | demand | 1 (the base round trip) |
/// | `dataplane.hops` | demand | extra legs and hops, strategy-dependent |
/// | `dataplane.sizes` | demand | request and response size (strategies with checkpoints) |
/// | `dataplane.service-times` | service | 1 per service start |
///
/// The generators are Tausworthe (taus2): 24 bytes of state, so thousands of streams stay
/// in cache. A demand's five streams' states sit side by side in one `GeneratorArena` (120
/// bytes, two cache lines), so a request's draws touch neighbouring memory; the seeds, and so
/// every draw, are those of one `RandomStream` per (purpose, index).
struct DataPlaneStreams {
    /// Per demand, in this order: arrivals, placement, network, hops, sizes.
    let perDemand: GeneratorArena
    let perService: GeneratorArena

    static let demandPurposes = ["dataplane.arrivals", "dataplane.placement", "dataplane.network",
                                 "dataplane.hops", "dataplane.sizes"]

    init(seed: UInt64, replication: Int, demands: Int, services: Int) {
        func seedOf(_ purpose: String, _ i: Int) -> StreamSeed {
            StreamSeed(runSeed: seed, purpose: purpose,
                       index: UInt64(truncatingIfNeeded: replication) << 32 | UInt64(i))
        }
        let purposes = Self.demandPurposes
        perDemand = GeneratorArena(groups: demands, members: purposes.count, algorithm: .taus2) { d, m in
            seedOf(purposes[m], d)
        }
        perService = GeneratorArena(groups: services, members: 1, algorithm: .taus2) { s, _ in
            seedOf("dataplane.service-times", s)
        }
    }

    @inline(__always) func arrivals(_ d: Int) -> RandomGenerator { perDemand.generator(d, 0) }
    @inline(__always) func placement(_ d: Int) -> RandomGenerator { perDemand.generator(d, 1) }
    @inline(__always) func network(_ d: Int) -> RandomGenerator { perDemand.generator(d, 2) }
    @inline(__always) func hops(_ d: Int) -> RandomGenerator { perDemand.generator(d, 3) }
    @inline(__always) func sizes(_ d: Int) -> RandomGenerator { perDemand.generator(d, 4) }
    @inline(__always) func serviceTimes(_ s: Int) -> RandomGenerator { perService.generator(s, 0) }
}
