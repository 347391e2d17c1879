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
/// in cache.
struct DataPlaneStreams {
    let arrivals: StreamTable
    let placement: StreamTable
    let network: StreamTable
    let hops: StreamTable
    let sizes: StreamTable
    let serviceTimes: StreamTable

    init(seed: UInt64, replication: Int, demands: Int, services: Int) {
        func make(_ purpose: String, _ count: Int) -> StreamTable {
            StreamTable((0..<count).map { i in
                RandomStream(seed: StreamSeed(runSeed: seed, purpose: purpose,
                                              index: UInt64(truncatingIfNeeded: replication) << 32 | UInt64(i)),
                             algorithm: .taus2)
            })
        }
        arrivals = make("dataplane.arrivals", demands)
        placement = make("dataplane.placement", demands)
        network = make("dataplane.network", demands)
        hops = make("dataplane.hops", demands)
        sizes = make("dataplane.sizes", demands)
        serviceTimes = make("dataplane.service-times", services)
    }
}
