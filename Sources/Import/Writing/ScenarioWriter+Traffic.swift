import CloudModel
import Foundation

/// The `traffic:` section: measured from flow logs (`--flow-logs`), or the placeholder matrix
/// (`--traffic uniform:RATE`), each entry marked with what it is; what cannot be written is
/// returned for the `# Not used` list.
extension ScenarioWriter {
    func trafficSection(services: [ImportedService], vpcNames: [String: String]) -> (lines: [String], unused: [UnusedItem]) {
        if let measured { return measuredSection(measured, services: services, vpcNames: vpcNames) }
        guard let traffic else {
            return (["# No traffic: give --flow-logs PATH... for the measured matrix, or --traffic uniform:RATE for a placeholder."], [])
        }
        var lines: [String] = []
        var unused: [UnusedItem] = []
        guard !services.isEmpty else {
            return (["# No traffic: --traffic uniform:\(traffic.rate) needs a service, and the export has none."], [])
        }
        for vpc in estate.vpcs {
            guard let from = vpcNames[vpc.id] else { continue }
            for service in services where service.vpc != from {
                if let item = missingRoundTrip(from: from, region: vpc.region, to: service, source: vpc.source) {
                    unused.append(item)
                    continue
                }
                lines.append("  - {from: \(quoted(from)), to: \(quoted(service.name)), rate: \(traffic.rate)}   # placeholder")
            }
        }
        guard !lines.isEmpty else { return (["# No traffic: no VPC calls a service outside its own VPC."], unused) }
        return (["traffic:",
                 "  # PLACEHOLDER, not measured: --traffic uniform:\(traffic.rate), every VPC calling every service outside its own VPC"]
                + lines, unused)
    }

    private func measuredSection(_ measured: MeasuredTraffic, services: [ImportedService],
                                 vpcNames: [String: String]) -> (lines: [String], unused: [UnusedItem]) {
        var lines: [String] = []
        var unused: [UnusedItem] = []
        let window = measured.windowSeconds
        let flowSource = ItemSource(file: "--flow-logs", path: JSONPath())
        for entry in measured.entries {
            let what = "traffic \(vpcNames[entry.sourceVPC] ?? entry.sourceVPC) -> \(services.first { $0.groupArn == entry.groupArn }?.name ?? entry.groupArn)"
            let counts = "\(entry.connections) connections in \(entry.records) flow-log records"
            guard let from = vpcNames[entry.sourceVPC], let vpc = estate.vpc(id: entry.sourceVPC) else {
                unused.append(UnusedItem(id: what, reason: "\(counts): its VPC \(entry.sourceVPC) is not in the scenario", source: flowSource))
                continue
            }
            guard let service = services.first(where: { $0.groupArn == entry.groupArn }) else {
                unused.append(UnusedItem(id: what, reason: "\(counts): target group \(entry.groupArn) is not a service of the scenario", source: flowSource))
                continue
            }
            guard service.vpc != from else {
                unused.append(UnusedItem(id: what, reason: "\(counts) inside the service's own VPC: no design connects a VPC to itself",
                                         source: flowSource))
                continue
            }
            if let item = missingRoundTrip(from: from, region: vpc.region, to: service, source: vpc.source) {
                unused.append(item)
                continue
            }
            let request = max(Int(entry.meanRequestBytes.rounded()), 1), response = max(Int(entry.meanResponseBytes.rounded()), 1)
            lines.append("  # \(entry.sourceVPC) -> target group \(service.name): \(counts) over \(window) s; "
                         + "\(entry.requestBytes) B requested, \(entry.responseBytes) B returned")
            lines.append("  - {from: \(quoted(from)), to: \(quoted(service.name)), rate: \(Self.rate(Double(entry.connections), over: window)), "
                         + "request_size: \(request)B, response_size: \(response)B}")
        }
        let tally = measured.tally
        for (count, what, warning) in [(tally.rejected, "REJECT records (traffic security groups or network ACLs refused)", false),
                                       (tally.noData, "NODATA records (no traffic on the interface in the capture window)", false),
                                       (tally.skippedData, "SKIPDATA records: AWS skipped records in those capture windows, so the logs are incomplete there", true),
                                       (tally.incomplete, "ACCEPT records with '-' in an address, port, byte count or time", true)]
        where count > 0 {
            unused.append(UnusedItem(id: "flow logs", reason: "\(count) \(what)\(warning ? " (⚠ data left out)" : "")", source: flowSource))
        }
        for item in measured.leftOut {
            unused.append(UnusedItem(id: "flow logs", reason: "\(item.records) \(item.what), \(item.bytes) B\(item.isWarning ? " (⚠ data left out)" : "")"
                                     + "; e.g. \(item.examples.joined(separator: "; "))", source: flowSource))
        }
        var header = ["# Traffic measured from VPC Flow Logs: \(tally.files) files, \(tally.lines) records, \(tally.accepted) of them ACCEPT OK"
                      + (measured.duplicateRecords > 0 ? " (\(measured.duplicateRecords) logged at both ends, counted once)" : "") + "."]
        if let start = tally.windowStart, let end = tally.windowEnd {
            header.append("# Window \(Self.time(start)) to \(Self.time(end)) (\(window) s); the rates are over it.")
        }
        header.append("# ⚠ assumption: one connection (one 5-tuple, its records merged across capture windows) is one request;")
        header.append("# its bytes (IP and TCP headers included) each way are the request and response sizes, written as their means.")
        guard !lines.isEmpty else {
            return (header + ["# No traffic: the flow logs hold no accepted connection from a VPC of the scenario to one of its services."], unused)
        }
        return (header + ["traffic:"] + lines, unused)
    }

    private func missingRoundTrip(from: String, region: String, to service: ImportedService, source: ItemSource) -> UnusedItem? {
        guard region != service.region && BundledRoundTrips.measurement(from: region, to: service.region) == nil else { return nil }
        return UnusedItem(id: "traffic \(from) -> \(service.name)",
                          reason: "no bundled round trip from \(region) to \(service.region) (add latency.overrides)", source: source)
    }

    /// A rate of `count` events over `seconds`, with 6 significant digits, per second (or per
    /// hour when it is small enough to need an exponent).
    static func rate(_ count: Double, over seconds: Int64) -> String {
        let perSecond = count / Double(max(seconds, 1))
        let text = String(format: "%.6g", perSecond)
        return text.contains("e") ? String(format: "%.6g", perSecond * 3600) + "/h" : text + "/s"
    }

    /// Unix seconds as ISO 8601 UTC.
    static func time(_ seconds: Int64) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}
