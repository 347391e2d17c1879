import Testing
@testable import SimKernel

/// A `GeneratorArena` keeps only the generators' states, packed side by side; its streams
/// must draw exactly what a `RandomStream` of the same seed draws through GSL's own
/// `gsl_rng` record, and no stream's draws may disturb a neighbour's state.
@Suite struct GeneratorArenaTests {
    static let distributions = ["exponential(mean=250ms)", "lognormal(median=4ms, p99=30ms)",
                                "uniform(min=0.05ms, max=0.3ms)", "normal(mean=1ms, sd=2ms, truncate=zero)",
                                "gamma(shape=2.5, scale=1ms)", "pareto(shape=3, min=1ms)", "constant(value=2ms)"]

    @Test(arguments: RandomStream.Algorithm.allCases)
    func arenaStreamsDrawWhatTheirRandomStreamsDraw(algorithm: RandomStream.Algorithm) throws {
        let groups = 7, members = 5
        func seed(_ g: Int, _ m: Int) -> StreamSeed {
            StreamSeed(runSeed: 11, purpose: "member \(m)", index: UInt64(g))
        }
        let arena = GeneratorArena(groups: groups, members: members, algorithm: algorithm, seed: seed)
        let references = (0..<groups).map { g in
            (0..<members).map { m in RandomStream(seed: seed(g, m), algorithm: algorithm) }
        }
        let specs = try Self.distributions.map { try DistributionSpec.parse($0, kind: .duration) }
        // Interleaved over every stream, so a state that overlapped its neighbour's would show.
        for round in 0..<200 {
            for g in 0..<groups {
                for m in 0..<members {
                    let generator = arena.generator(g, m)
                    let reference = references[g][m]
                    switch round % 3 {
                    case 0:
                        #expect(generator.uniform() == reference.uniform(), "uniform, stream (\(g), \(m))")
                    case 1:
                        #expect(generator.exponential(mean: 3) == reference.exponential(mean: 3))
                    default:
                        let spec = specs[(round / 3 + g + m) % specs.count]
                        #expect(spec.sample(generator) == spec.sample(reference), "\(spec), stream (\(g), \(m))")
                        #expect(spec.sampleTime(generator) == spec.sampleTime(reference))
                    }
                }
            }
        }
    }

    @Test func groupsStartOnCacheLinesAndTakeWholeLines() {
        let arena = GeneratorArena(groups: 3, members: 5, algorithm: .taus2) { g, m in
            StreamSeed(runSeed: 1, purpose: "p\(m)", index: UInt64(g))
        }
        // taus2 keeps three unsigned longs: five states are 120 bytes, two cache lines.
        #expect(arena.stride == 24)
        #expect(arena.groupStride == 128)
        for g in 0..<3 {
            let first = UInt(bitPattern: arena.generator(g, 0).record.state)
            #expect(first % 64 == 0)
            let last = UInt(bitPattern: arena.generator(g, 4).record.state)
            #expect(last - first == 96)
        }
    }
}
