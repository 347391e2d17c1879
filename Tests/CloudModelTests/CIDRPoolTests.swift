import SimKernel
import Testing
@testable import CloudModel

@Suite struct CIDRPoolTests {
    @Test func aSlashTenHoldsExactlySixtyFourSlashSixteens() throws {
        var pool = try CIDRPool(pool: CIDRBlock("10.64.0.0/10")!, prefixLength: 16)
        #expect(pool.capacity == 64)  // 2^(16 − 10)
        var blocks: [CIDRBlock] = []
        for _ in 0..<64 { blocks.append(try pool.allocateFresh()) }
        #expect(blocks.first?.description == "10.64.0.0/16")
        #expect(blocks.last?.description == "10.127.0.0/16")
        #expect(Set(blocks).count == 64)
        for (i, a) in blocks.enumerated() {
            #expect(CIDRBlock("10.64.0.0/10")!.contains(a))
            for b in blocks[(i + 1)...] { #expect(!a.overlaps(b)) }
        }
        let error = #expect(throws: CIDRPoolError.self) { try pool.allocateFresh() }
        #expect(error?.reason == .exhausted(capacity: 64, reservedSkipped: 0))
        #expect(error?.message.contains("holds 64 blocks of /16 and all 64 are taken") == true)
    }

    @Test func reservedBlocksAreSkipped() throws {
        // 10.0.0.0/14 holds four /16s; 10.1.0.0/16 is an explicit VPC's, 10.3.128.0/17 overlaps the fourth.
        var pool = try CIDRPool(pool: CIDRBlock("10.0.0.0/14")!, prefixLength: 16,
                                reserved: [CIDRBlock("10.1.0.0/16")!, CIDRBlock("10.3.128.0/17")!,
                                           CIDRBlock("192.168.0.0/16")!])
        #expect(try pool.allocateFresh().description == "10.0.0.0/16")
        #expect(try pool.allocateFresh().description == "10.2.0.0/16")
        let error = #expect(throws: CIDRPoolError.self) { try pool.allocateFresh() }
        #expect(error?.reason == .exhausted(capacity: 4, reservedSkipped: 2))
        #expect(error?.message.contains("2 are taken and 2 overlap reserved blocks") == true)
    }

    @Test func ipv6PoolsCountInPowersOfTwo() throws {
        var pool = try CIDRPool(pool: CIDRBlock("2600:1f18::/48")!, prefixLength: 56)
        #expect(pool.capacity == 256)
        #expect(try pool.allocateFresh().description == "2600:1f18::/56")
        #expect(try pool.allocateFresh().description == "2600:1f18:0:100::/56")
    }

    @Test func badPoolParametersAreRejected() {
        let pool = CIDRBlock("10.64.0.0/10")!
        #expect(throws: CIDRPoolError(pool: pool, prefixLength: 8, reason: .prefixShorterThanPool)) {
            try CIDRPool(pool: pool, prefixLength: 8)
        }
        #expect(throws: CIDRPoolError(pool: pool, prefixLength: 33, reason: .prefixTooLong)) {
            try CIDRPool(pool: pool, prefixLength: 33)
        }
        var ok = try! CIDRPool(pool: pool, prefixLength: 16)
        let stream = RandomStream(runSeed: 1, purpose: "test")
        #expect(throws: CIDRPoolError.self) { try ok.allocate(overlap: 1.5, stream: stream) }
        #expect(throws: CIDRPoolError.self) { try ok.allocate(overlap: .nan, stream: stream) }
    }

    @Test func zeroOverlapNeverReuses() throws {
        var pool = try CIDRPool(pool: CIDRBlock("10.64.0.0/10")!, prefixLength: 16)
        let stream = RandomStream(runSeed: 7, purpose: "pool")
        for _ in 0..<64 { #expect(try !pool.allocate(overlap: 0, stream: stream).reused) }
        #expect(throws: CIDRPoolError.self) { try pool.allocate(overlap: 0, stream: stream) }
    }

    /// The reused count among allocations 2…n is Binomial(n − 1, p) (the first is always
    /// fresh); accept within 4 standard deviations (a false alarm about once in 16,000 runs).
    @Test(arguments: [0.1, 0.3, 0.8])
    func overlapShareMatchesTheRequestedProbability(p: Double) throws {
        let n = 3_000
        var pool = try CIDRPool(pool: CIDRBlock("10.0.0.0/8")!, prefixLength: 24)
        let stream = RandomStream(runSeed: 42, purpose: "cidr-overlap")
        var reused = 0
        var seen = Set<CIDRBlock>()
        for _ in 0..<n {
            let a = try pool.allocate(overlap: p, stream: stream)
            if a.reused {
                reused += 1
                #expect(seen.contains(a.block))
            } else {
                #expect(!seen.contains(a.block))
            }
            seen.insert(a.block)
        }
        let trials = Double(n - 1)
        let sd = (trials * p * (1 - p)).squareRoot()
        #expect(abs(Double(reused) - trials * p) <= 4 * sd, "reused \(reused) of \(n - 1), expected ≈\(trials * p)")
        #expect(pool.taken.count == n - reused)
    }

    @Test func sameStreamSeedGivesTheSameBlocks() throws {
        func run() throws -> [CIDRAllocation] {
            var pool = try CIDRPool(pool: CIDRBlock("10.0.0.0/8")!, prefixLength: 16)
            let stream = RandomStream(runSeed: 99, purpose: "fleet app")
            return try (0..<200).map { _ in try pool.allocate(overlap: 0.5, stream: stream) }
        }
        #expect(try run() == run())
    }
}
