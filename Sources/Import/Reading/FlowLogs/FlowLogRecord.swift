import CloudModel

/// One flow-log record the import uses: an accepted flow between two addresses, with its
/// bytes and capture window (Unix seconds), and where it was read.
struct FlowLogRecord: Sendable {
    var interfaceId: String
    var source: IPAddress
    var destination: IPAddress
    var sourcePort: Int
    var destinationPort: Int
    var ipProtocol: Int
    var packets: Int64
    var bytes: Int64
    var start: Int64
    var end: Int64
    var file: String
    var line: Int
}
