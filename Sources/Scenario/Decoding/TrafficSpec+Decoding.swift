import CloudModel
import SimKernel
import ScenarioReading

extension TrafficSpec {
    static let keys = ["from", "to", "rate", "request_size", "response_size", "requests_per_connection"]

    /// Reads one traffic entry; `from` must name one of `vpcs` or `fleets`.
    init(reading reader: NodeReader, vpcs: [String], fleets: [String]) throws(ScenarioError) {
        let fields = try reader.mapping(keys: Self.keys)
        let fromReader = try fields.required("from")
        let fromName = try fromReader.string()
        let source: Source
        if vpcs.contains(fromName) {
            source = .vpc(fromName)
        } else if fleets.contains(fromName) {
            source = .fleet(fromName)
        } else {
            throw fromReader.error("'\(fromName)' is neither a VPC nor a fleet of this scenario"
                                   + Suggestion.hint(for: fromName, among: vpcs + fleets))
        }
        self.init(
            from: source,
            to: try fields.required("to").string(),
            rate: try fields.required("rate").positiveRate(),
            requestSize: try fields.optional("request_size", default: Self.defaultMessageSize) { r throws(ScenarioError) in
                try r.distribution(.size)
            },
            responseSize: try fields.optional("response_size", default: Self.defaultMessageSize) { r throws(ScenarioError) in
                try r.distribution(.size)
            },
            requestsPerConnection: try fields.optional("requests_per_connection",
                                                       default: ConnectionReuse.defaultRequestsPerConnection) { r throws(ScenarioError) in
                try r.int(in: 1...Int(Int32.max))
            })
    }
}
