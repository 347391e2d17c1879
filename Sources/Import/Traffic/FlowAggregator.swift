import CloudModel
import Foundation
import Scenario

/// Builds the measured traffic matrix from flow-log files: reads every record, keeps the
/// accepted ones between a VPC of the estate and a target group (directly, or through its load
/// balancer or endpoint), merges each connection's records (by 5-tuple, across capture windows
/// and files), counts each direction at one interface only (the smallest id among those that
/// logged it, since both ends of a flow may be logged), and sums per source VPC and target group.
public enum FlowAggregator {
    /// One connection: client address and port, service address and port, protocol.
    struct ConnectionKey: Hashable {
        var ipProtocol: Int
        var client: IPAddress
        var clientPort: Int
        var server: IPAddress
        var serverPort: Int
    }

    struct Direction {
        var records = 0
        var bytes: Int64 = 0
    }

    struct Connection {
        /// The client's VPC, once one record's interface or address told it (overlapping
        /// blocks leave a record with several candidates: `candidates`).
        var sourceVPC: String?
        var candidates: Set<String> = []
        var groupArn: String
        /// Per interface that logged the direction.
        var requests: [String: Direction] = [:]
        var responses: [String: Direction] = [:]
        var example: String
    }

    /// The kinds of records the matrix leaves out, each described once.
    enum Kind: Int, CaseIterable {
        case unknownAddress, ambiguousAddress, ambiguousService, notToAService, serviceHop, responseOnly

        var what: String {
            switch self {
            case .unknownAddress: "records with an address that no exported network interface, subnet or VPC holds (traffic from outside the export: another account, on-premises, the internet)"
            case .ambiguousAddress: "records whose client address lies in several VPCs' overlapping blocks, none of them the logging interface's VPC"
            case .ambiguousService: "records to an address and port that several target groups answer"
            case .notToAService: "records between addresses of the export that reach no imported service (other ports and peers)"
            case .serviceHop: "records between a load balancer or endpoint and its targets (the client's side of each connection is counted)"
            case .responseOnly: "service-to-client records of connections whose client-to-service records are not in the logs (begun before the window, or logged by an interface not exported)"
            }
        }

        /// Data the matrix may be missing, rather than records it rightly does not need.
        var isWarning: Bool { self != .notToAService && self != .serviceHop }
    }

    public static func measure(paths: [String], estate: Estate) throws(ScenarioError) -> MeasuredTraffic {
        let files = try FlowLogInputs.files(paths)
        return try measure(files: files, estate: estate) { file, tally, record throws(ScenarioError) in
            try FlowLogFile.read(path: file, tally: &tally, record: record)
        }
    }

    /// The matrix from one flow-log file's bytes (`data`, read as `path`), as `measure(paths:)`
    /// builds it from files: the entry point of the `flow-log` fuzz target.
    public static func measure(data: Data, path: String, estate: Estate) throws(ScenarioError) -> MeasuredTraffic {
        try measure(files: [path], estate: estate) { file, tally, record throws(ScenarioError) in
            try FlowLogFile.read(data, path: file, tally: &tally, record: record)
        }
    }

    private static func measure(
        files: [String], estate: Estate,
        read: (String, inout FlowLogTally, (FlowLogRecord) -> Void) throws(ScenarioError) -> Void
    ) throws(ScenarioError) -> MeasuredTraffic {
        let map = FlowAddressMap(estate: estate)
        var tally = FlowLogTally()
        var connections: [ConnectionKey: Connection] = [:]
        var left = Array(repeating: (records: 0, bytes: Int64(0), examples: [String]()), count: Kind.allCases.count)
        func describe(_ r: FlowLogRecord) -> String {
            "\(r.file):\(r.line) \(r.source):\(r.sourcePort) -> \(r.destination):\(r.destinationPort)"
        }
        func leave(_ kind: Kind, _ r: FlowLogRecord) {
            left[kind.rawValue].records += 1
            left[kind.rawValue].bytes += r.bytes
            if left[kind.rawValue].examples.count < 3 { left[kind.rawValue].examples.append(describe(r)) }
        }
        for file in files {
            try read(file, &tally) { r in
                let toService = map.entries(at: r.destination, port: r.destinationPort)
                let fromService = map.entries(at: r.source, port: r.sourcePort)
                let isRequest = !toService.isEmpty
                let entries = isRequest ? toService : fromService
                guard let entry = entries.first else {
                    let known = !map.vpcs(of: r.source, observedAt: r.interfaceId).isEmpty
                        && !map.vpcs(of: r.destination, observedAt: r.interfaceId).isEmpty
                    leave(known ? .notToAService : .unknownAddress, r)
                    return
                }
                guard entries.allSatisfy({ $0.groupArn == entry.groupArn }) else {
                    leave(.ambiguousService, r)
                    return
                }
                let client = isRequest ? r.source : r.destination
                // A balancer's or endpoint's own hop to the targets, or traffic among a service's addresses.
                if map.isHop(from: client, toGroup: entry.groupArn) {
                    leave(.serviceHop, r)
                    return
                }
                let vpcs = map.vpcs(of: client, observedAt: r.interfaceId)
                let key = ConnectionKey(ipProtocol: r.ipProtocol, client: client, clientPort: isRequest ? r.sourcePort : r.destinationPort,
                                        server: isRequest ? r.destination : r.source,
                                        serverPort: isRequest ? r.destinationPort : r.sourcePort)
                var c = connections[key] ?? Connection(sourceVPC: nil, groupArn: entry.groupArn, example: describe(r))
                if vpcs.count == 1 { c.sourceVPC = c.sourceVPC ?? vpcs[0] } else { c.candidates.formUnion(vpcs) }
                if isRequest {
                    c.requests[r.interfaceId, default: Direction()].records += 1
                    c.requests[r.interfaceId, default: Direction()].bytes += r.bytes
                } else {
                    c.responses[r.interfaceId, default: Direction()].records += 1
                    c.responses[r.interfaceId, default: Direction()].bytes += r.bytes
                }
                connections[key] = c
            }
        }

        struct Sum { var connections = 0, records = 0; var request: Int64 = 0, response: Int64 = 0 }
        var sums: [String: [String: Sum]] = [:]
        var duplicates = 0
        var responseOnlyExamples: [String] = []
        var unresolvedExamples: [Kind: [String]] = [:]
        for c in connections.values {
            // Each direction as the smallest interface id that logged it saw it.
            func chosen(_ d: [String: Direction]) -> Direction? {
                guard let id = d.keys.min() else { return nil }
                duplicates += d.filter { $0.key != id }.values.reduce(0) { $0 + $1.records }
                return d[id]
            }
            guard let sourceVPC = c.sourceVPC else {
                // No record of the connection told its client's VPC.
                let kind: Kind = c.candidates.isEmpty ? .unknownAddress : .ambiguousAddress
                for d in [c.requests, c.responses] {
                    for direction in d.values {
                        left[kind.rawValue].records += direction.records
                        left[kind.rawValue].bytes += direction.bytes
                    }
                }
                unresolvedExamples[kind, default: []].append(c.example)
                continue
            }
            let response = chosen(c.responses)
            guard let request = chosen(c.requests) else {
                let kind = Kind.responseOnly.rawValue
                left[kind].records += response?.records ?? 0
                left[kind].bytes += response?.bytes ?? 0
                responseOnlyExamples.append(c.example)
                continue
            }
            var s = sums[sourceVPC, default: [:]][c.groupArn, default: Sum()]
            s.connections += 1
            s.records += request.records + (response?.records ?? 0)
            s.request += request.bytes
            s.response += response?.bytes ?? 0
            sums[sourceVPC, default: [:]][c.groupArn] = s
        }
        // Dictionary order differs between runs: the examples are the first in sorted order.
        left[Kind.responseOnly.rawValue].examples = Array(responseOnlyExamples.sorted().prefix(3))
        for (kind, examples) in unresolvedExamples {
            left[kind.rawValue].examples = Array((left[kind.rawValue].examples + examples).sorted().prefix(3))
        }
        var entries: [MeasuredTraffic.Entry] = []
        for vpc in sums.keys.sorted() {
            for group in sums[vpc]!.keys.sorted() {
                let s = sums[vpc]![group]!
                entries.append(MeasuredTraffic.Entry(sourceVPC: vpc, groupArn: group, connections: s.connections, records: s.records,
                                                     requestBytes: s.request, responseBytes: s.response))
            }
        }
        let leftOut = Kind.allCases.compactMap { kind -> MeasuredTraffic.LeftOut? in
            let l = left[kind.rawValue]
            guard l.records > 0 else { return nil }
            return MeasuredTraffic.LeftOut(what: kind.what, records: l.records, bytes: l.bytes,
                                           examples: l.examples.sorted(), isWarning: kind.isWarning)
        }
        return MeasuredTraffic(entries: entries, tally: tally, leftOut: leftOut, duplicateRecords: duplicates)
    }
}
