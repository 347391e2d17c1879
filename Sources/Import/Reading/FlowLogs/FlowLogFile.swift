import CloudModel
import Foundation
import Scenario
import SimKernel

/// Reads one flow-log file (plain text or gzip, told by its first bytes): its header (or the
/// default format without one), then every record. Kept: `ACCEPT` records with
/// `log-status` OK; the others are counted in the tally. A line with the wrong number of
/// fields, or a value that is not what its field holds, is bad input naming the file, line,
/// column and field (exit 2).
enum FlowLogFile {
    static func read(path: String, tally: inout FlowLogTally, record: (FlowLogRecord) -> Void) throws(ScenarioError) {
        let raw = try ImportInputFile.read(path, missing: "no such file")
        try read(raw, path: path, tally: &tally, record: record)
    }

    /// Reads `raw`, the bytes of the file `path`.
    static func read(_ raw: Data, path: String, tally: inout FlowLogTally, record: (FlowLogRecord) -> Void) throws(ScenarioError) {
        let data: Data
        if GzipText.isGzip(raw) {
            do throws(GzipText.Failure) {
                data = try GzipText.decompress(raw)
            } catch {
                switch error {
                case .truncated(let bytes):
                    throw ScenarioError(at: .wholeFile(path), "truncated gzip file: the compressed stream ends before its end "
                                        + "(after \(bytes) bytes of text); copy the file again from its bucket")
                case .damaged(let message):
                    throw ScenarioError(at: .wholeFile(path), "damaged gzip file: \(message)")
                case .tooLarge(let limit):
                    throw ScenarioError(at: .wholeFile(path), "decompresses to more than \(BoundedFileRead.describe(limit: limit)) of text, "
                                        + "the most an input file may hold: split the logs into smaller files")
                }
            }
        } else {
            data = raw
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ScenarioError(at: .wholeFile(path), "not UTF-8 text (a Parquet flow log? export the text format)")
        }
        tally.files += 1
        var header: FlowLogHeader?
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.allSatisfy({ $0 == " " }) { continue }
            let fields = trimmed.split(separator: " ")
            if header == nil {
                if FlowLogHeader.isHeader(fields[0]) {
                    header = try FlowLogHeader(names: fields.map(String.init), file: path)
                    continue
                }
                header = .headerless
            }
            try parse(fields, line: trimmed, header: header!, path: path, lineNumber: lineNumber, tally: &tally, record: record)
        }
    }

    private static func parse(_ fields: [Substring], line: Substring, header: FlowLogHeader, path: String, lineNumber: Int,
                              tally: inout FlowLogTally, record: (FlowLogRecord) -> Void) throws(ScenarioError) {
        tally.lines += 1
        guard fields.count == header.fieldCount else {
            throw ScenarioError(at: SourceLocation(file: path, line: lineNumber, column: 1),
                                "\(fields.count) fields, but \(header.fromHeaderLine ? "the header (line 1)" : "the default format (no header line)") has \(header.fieldCount) (a cut or joined line?)")
        }
        func value(_ field: FlowLogField) -> Substring { fields[header.column(field)] }
        func fail(_ field: FlowLogField, _ message: String) -> ScenarioError {
            let f = fields[header.column(field)]
            let column = line.unicodeScalars.distance(from: line.startIndex, to: f.startIndex) + 1
            return ScenarioError(at: SourceLocation(file: path, line: lineNumber, column: column), keyPath: field.rawValue,
                                 "'\(f)' \(message)")
        }
        let status = value(.logStatus)
        switch status {
        case "OK": break
        case "NODATA": tally.noData += 1; return
        case "SKIPDATA": tally.skippedData += 1; return
        default: throw fail(.logStatus, "is not a log status (OK, NODATA or SKIPDATA)")
        }
        switch value(.action) {
        case "ACCEPT": break
        case "REJECT": tally.rejected += 1; return
        case "-": tally.incomplete += 1; return
        default: throw fail(.action, "is not an action (ACCEPT or REJECT)")
        }
        func number(_ field: FlowLogField) throws(ScenarioError) -> Int64? {
            let text = value(field)
            if text == "-" { return nil }
            guard let n = Int64(text), n >= 0 else { throw fail(field, "is not a whole number ≥ 0 or '-'") }
            return n
        }
        func address(_ field: FlowLogField) throws(ScenarioError) -> IPAddress? {
            let text = value(field)
            if text == "-" { return nil }
            guard let a = IPAddress(String(text)) else { throw fail(field, "is not an IPv4 or IPv6 address") }
            return a
        }
        let source = try address(.srcaddr), destination = try address(.dstaddr)
        let sourcePort = try number(.srcport), destinationPort = try number(.dstport), ipProtocol = try number(.protocol)
        let packets = try number(.packets), bytes = try number(.bytes), start = try number(.start), end = try number(.end)
        if let p = sourcePort, p > 65535 { throw fail(.srcport, "is not a port (0 to 65535)") }
        if let p = destinationPort, p > 65535 { throw fail(.dstport, "is not a port (0 to 65535)") }
        if let s = start, let e = end, e < s { throw fail(.end, "is before the record's start (\(s))") }
        guard let source, let destination, let sourcePort, let destinationPort, let ipProtocol, let packets, let bytes,
              let start, let end else {
            tally.incomplete += 1
            return
        }
        // Every sum the matrix makes is of some accepted records' bytes: bounding their total
        // bounds them all (found with the flow-log fuzz target: two records whose bytes add up past
        // 2^63 − 1 trapped in a sum).
        let (total, overflow) = tally.acceptedBytes.addingReportingOverflow(bytes)
        guard !overflow else {
            throw fail(.bytes, "takes the accepted records' bytes past \(Int64.max) (2^63 − 1, 8 EiB): not a byte count of real traffic")
        }
        tally.acceptedBytes = total
        tally.accepted += 1
        tally.windowStart = min(tally.windowStart ?? start, start)
        tally.windowEnd = max(tally.windowEnd ?? end, end)
        record(FlowLogRecord(interfaceId: String(value(.interfaceId)), source: source, destination: destination,
                             sourcePort: Int(sourcePort), destinationPort: Int(destinationPort), ipProtocol: Int(ipProtocol),
                             packets: packets, bytes: bytes, start: start, end: end, file: path, line: lineNumber))
    }
}
