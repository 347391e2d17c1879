/// The fields of a VPC Flow Logs record that the import reads: the default format, version 2,
/// in its order — `${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport}
/// ${dstport} ${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status}` —
/// space-separated, with `-` where a field does not apply or could not be computed; `start`
/// and `end` in Unix seconds; `action` ACCEPT or REJECT; `log-status` OK, NODATA (no traffic
/// in the capture window) or SKIPDATA (records were skipped).
/// Source: https://docs.aws.amazon.com/vpc/latest/userguide/flow-log-records.html
/// A custom format holds these among others, in any order; S3 delivery writes one text file per
/// flow log and 5-minute period, gzip-compressed, whose first line names the fields
/// (https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs-s3-path.html).
public enum FlowLogField: String, CaseIterable, Sendable {
    case version
    case accountId = "account-id"
    case interfaceId = "interface-id"
    case srcaddr, dstaddr, srcport, dstport, `protocol`, packets, bytes, start, end, action
    case logStatus = "log-status"

    /// The default format's fields, in its order (AWS's page above).
    public static let defaultFormat: [FlowLogField] = allCases

    /// A header name as S3 writes it (`log-status`), or as Athena tables spell it (`log_status`).
    init?(headerName: String) {
        self.init(rawValue: headerName.replacingOccurrences(of: "_", with: "-"))
    }
}
