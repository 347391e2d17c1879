import Foundation
import Import

/// Writes VPC Flow Logs records for a known traffic pattern over a 15-minute window, as S3
/// delivery writes them (one file per logging interface and 5-minute period, a header line,
/// the default format; some files gzip-compressed, one in a custom format), for the import's
/// tests. Connections arrive as a Poisson process per (client VPC, route) at the stream's rate;
/// each carries one request of a uniform size and one response of an exponential size
/// (whole bytes); 10 % last 60–150 s and are split over 60-second capture windows (as on a
/// Nitro instance); every connection is logged at the interface it reaches (the endpoint's
/// interface or the target's) and 30 % also at the client's, so the import must count each once.
/// What it wrote is returned, so a test can compare the import's figures with the exact
/// realised counts as well as with the pattern's parameters.
struct FlowLogGenerator {
    /// How a client reaches the service.
    enum Route {
        /// Through one of these interface-endpoint interfaces (id, address), by the client's AZ.
        case endpoint([(id: String, address: String)])
        /// Directly to one of the targets' addresses.
        case targets([String])
    }

    struct Stream {
        var clientVPC: String
        /// Client addresses are drawn from these /24 subnets' hosts .10 to .249.
        var clientSubnets: [String]
        var route: Route
        var port: Int
        var ratePerSecond: Double
        var requestBytes: ClosedRange<Int>
        var meanResponseBytes: Double
    }

    struct Realised {
        var connections = 0
        var requestBytes: Int64 = 0
        var responseBytes: Int64 = 0
    }

    static let windowStart: Int64 = 1_796_630_400   // 2026-12-07T08:00:00Z
    static let windowSeconds: Int64 = 900
    static let account = "123456789012"

    var seed: UInt64
    var streams: [Stream]

    private struct Line {
        var interface: String
        var fields: [String]   // the default format's 14 fields
        var start: Int64
    }

    /// Writes the files under `folder`; returns per stream what was realised, the window the
    /// records span, and the numbers of records logged twice and of service-hop records.
    func write(to folder: URL) throws -> (streams: [Realised], firstStart: Int64, lastEnd: Int64, duplicates: Int, hops: Int) {
        var random = SplitMix64(seed: seed)
        var lines: [Line] = []
        var realised = Array(repeating: Realised(), count: streams.count)
        var firstStart = Int64.max, lastEnd = Int64.min
        var duplicates = 0, hops = 0
        var nextPort = 32768
        for (index, stream) in streams.enumerated() {
            var t = 0.0
            while true {
                t += -log(1 - random.nextUnit()) / stream.ratePerSecond
                guard t < Double(Self.windowSeconds) else { break }
                let subnet = stream.clientSubnets[Int(random.next() % UInt64(stream.clientSubnets.count))]
                let client = subnet.replacingOccurrences(of: ".0/24", with: ".\(10 + random.next() % 240)")
                let clientPort = nextPort
                nextPort = nextPort == 60999 ? 32768 : nextPort + 1
                let server: (interface: String, address: String)
                switch stream.route {
                case .endpoint(let interfaces):
                    let i = interfaces[Int(random.next() % UInt64(interfaces.count))]
                    server = (i.id, i.address)
                case .targets(let addresses):
                    let a = addresses[Int(random.next() % UInt64(addresses.count))]
                    server = ("eni-target-\(a.replacingOccurrences(of: ".", with: "-"))", a)
                }
                let request = Int64(stream.requestBytes.lowerBound
                                    + Int(random.next() % UInt64(stream.requestBytes.count)))
                let response = Int64((-log(1 - random.nextUnit()) * stream.meanResponseBytes).rounded(.up))
                realised[index].connections += 1
                realised[index].requestBytes += request
                realised[index].responseBytes += response
                // Its capture windows: 60-second windows from the start of the period.
                let begin = Self.windowStart + Int64(t)
                let long = random.nextUnit() < 0.1
                let length = long ? Int64(60 + random.next() % 91) : Int64(random.next() % 3)
                let finish = min(begin + length, Self.windowStart + Self.windowSeconds)
                var pieces: [(start: Int64, end: Int64)] = []
                var s = begin
                while true {
                    let windowEnd = (s - Self.windowStart) / 60 * 60 + 60 + Self.windowStart
                    if finish < windowEnd { pieces.append((s, finish)); break }
                    pieces.append((s, windowEnd - 1))
                    s = windowEnd
                }
                firstStart = min(firstStart, begin)
                lastEnd = max(lastEnd, finish)
                let atClient = random.nextUnit() < 0.3
                let clientInterface = "eni-client-\(client.replacingOccurrences(of: ".", with: "-"))"
                for (direction, bytes) in [(true, request), (false, response)] {
                    for (k, piece) in pieces.enumerated() {
                        // Bytes split evenly over the pieces, the remainder in the first.
                        let share = bytes / Int64(pieces.count) + (k == 0 ? bytes % Int64(pieces.count) : 0)
                        let packets = max(1, (share + 1447) / 1448)
                        let (src, sport, dst, dport) = direction
                            ? (client, clientPort, server.address, stream.port) : (server.address, stream.port, client, clientPort)
                        let fields = ["2", Self.account, "", src, dst, "\(sport)", "\(dport)", "6", "\(packets)", "\(share)",
                                      "\(piece.start)", "\(piece.end)", "ACCEPT", "OK"]
                        for interface in [server.interface] + (atClient ? [clientInterface] : []) {
                            var f = fields
                            f[2] = interface
                            lines.append(Line(interface: interface, fields: f, start: piece.start))
                        }
                        if atClient { duplicates += 1 }
                    }
                }
                // Behind an endpoint, the provider's side: the endpoint's address to a target
                // (the import counts it as the service's own hop, not a client's call).
                if case .endpoint = stream.route, realised[index].connections % 10 == 0 {
                    let fields = ["2", Self.account, "eni-target-hop", server.address, "10.5.0.10", "\(40000 + realised[index].connections % 20000)",
                                  "443", "6", "3", "\(request)", "\(begin)", "\(finish)", "ACCEPT", "OK"]
                    lines.append(Line(interface: "eni-target-hop", fields: fields, start: begin))
                    hops += 1
                }
            }
        }
        // NODATA and REJECT records, which the matrix leaves out (counted).
        lines.append(Line(interface: "eni-target-hop", fields: ["2", Self.account, "eni-target-hop", "-", "-", "-", "-", "-", "-", "-",
                                                               "\(Self.windowStart)", "\(Self.windowStart + 60)", "-", "NODATA"],
                          start: Self.windowStart))
        lines.append(Line(interface: "eni-target-hop", fields: ["2", Self.account, "eni-target-hop", "10.3.0.99", "10.5.0.10", "51000", "22",
                                                               "6", "1", "60", "\(Self.windowStart + 5)", "\(Self.windowStart + 5)",
                                                               "REJECT", "OK"], start: Self.windowStart + 5))

        // One file per interface and 5-minute period; every other file gzip-compressed; the
        // first file in a custom format (the default fields shuffled, three more fields).
        let grouped = Dictionary(grouping: lines) { "\($0.interface)|\(($0.start - Self.windowStart) / 300)" }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let custom = ["log-status", "vpc-id", "dstport", "srcaddr", "version", "start", "interface-id", "flow-direction", "dstaddr",
                      "bytes", "account-id", "packets", "srcport", "tcp-flags", "protocol", "end", "action"]
        let defaultNames = FlowLogField.defaultFormat.map(\.rawValue)
        for (n, key) in grouped.keys.sorted().enumerated() {
            let records = grouped[key]!.sorted { ($0.start, $0.fields[3], $0.fields[5]) < ($1.start, $1.fields[3], $1.fields[5]) }
            let slot = key.split(separator: "|")[1]
            let name = "\(Self.account)_vpcflowlogs_us-east-1_fl-0gen\(n)_20261207T08\(String(format: "%02d", Int(slot)! * 5))Z_\(String(format: "%08x", n)).log"
            var text: String
            if n == 0 {
                text = custom.joined(separator: " ") + "\n"
                for r in records {
                    text += custom.map { field -> String in
                        if let i = defaultNames.firstIndex(of: field) { return r.fields[i] }
                        return field == "vpc-id" ? "vpc-unknown" : field == "flow-direction" ? "ingress" : "2"
                    }.joined(separator: " ") + "\n"
                }
            } else {
                text = defaultNames.joined(separator: " ") + "\n" + records.map { $0.fields.joined(separator: " ") }.joined(separator: "\n") + "\n"
            }
            let file = folder.appendingPathComponent(name)
            try text.write(to: file, atomically: true, encoding: .utf8)
            if n % 2 == 1 { try Self.gzip(file) }
        }
        return (realised, firstStart, lastEnd, duplicates, hops)
    }

    /// `gzip -n FILE` (FILE.gz replaces it).
    static func gzip(_ file: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-n", "-f", file.path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
}

/// SplitMix64 (Steele, Lea, Flood 2014): a small seeded generator for test data.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// Uniform in [0, 1).
    mutating func nextUnit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
