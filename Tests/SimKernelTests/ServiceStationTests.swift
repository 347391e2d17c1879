import Testing
@testable import SimKernel

/// The station's bookkeeping against a plain list kept beside it: who is served next, how
/// many are in the station, through arrivals, completions, abandonments and a drain, in a
/// long random sequence of them.
@Suite struct ServiceStationTests {
    @Test func waitingCountAndOrderFollowAPlainFIFOList() {
        var station = ServiceStation(servers: 3)
        var busy = 0
        var line: [UInt32] = []
        var next: UInt32 = 0
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func roll(_ n: UInt64) -> UInt64 {
            // xorshift64: a fixed sequence, independent of the code under test.
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state % n
        }
        for step in 0..<20_000 {
            switch roll(10) {
            case 0..<5:
                let startsNow = station.arrive(next)
                #expect(startsNow == (busy < 3))
                if busy < 3 { busy += 1 } else { line.append(next) }
                next += 1
            case 5..<8 where busy > 0:
                let taken = station.complete()
                #expect(taken == line.first)
                if line.isEmpty { busy -= 1 } else { line.removeFirst() }
            case 8 where !line.isEmpty:
                let job = line[Int(roll(UInt64(line.count)))]
                let left = station.abandon(job)
                #expect(left)
                line.removeAll { $0 == job }
                let leftTwice = station.abandon(job)
                #expect(!leftTwice)
            case 9 where step % 97 == 0:
                let dropped = station.drain()
                #expect(dropped == line)
                line = []
                busy = 0
            default:
                break
            }
            #expect(station.queued == line.count)
            #expect(station.waiting.count == line.count)
            #expect(station.inSystem == busy + line.count)
        }
    }
}
