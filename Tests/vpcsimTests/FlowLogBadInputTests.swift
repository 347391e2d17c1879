import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `vpcsim import aws --flow-logs` on bad flow logs: a wrong field count, a header without a
/// required field, a value of the wrong kind, a truncated gzip file, a gzip file whose text would pass the
/// 256 MiB input limit and a FIFO among the logs exit 2 naming the file
/// and line (and the field) and write no scenario; records with an address the export does not
/// hold are a warning (stderr and `# Not used`) saying how many were left out, never dropped silently.
@Suite struct FlowLogBadInputTests {
    static let header = "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status"
    /// A client of a-use1-03 calling a target of `orders` directly, and its response.
    static let good = [
        "2 123456789012 eni-0client 10.3.0.20 10.5.0.10 40001 443 6 3 1500 1796630400 1796630401 ACCEPT OK",
        "2 123456789012 eni-0client 10.5.0.10 10.3.0.20 443 40001 6 9 12000 1796630400 1796630401 ACCEPT OK",
    ]

    /// Writes `files` (name → text; a name ending .gz is written as given in `raw`; each name
    /// in `fifos` made a named pipe), imports, returns the outcome, the log folder and what the
    /// scratch folder holds afterwards.
    static func importLogs(_ files: [String: String], raw: [String: Data] = [:], fifos: [String] = []) throws
        -> (outcome: ValidateCommandTests.Outcome, logs: String, left: [String], text: String) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("flowlogs-bad-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let logs = scratch.appendingPathComponent("logs")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: logs.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        for (name, data) in raw { try data.write(to: logs.appendingPathComponent(name)) }
        for name in fifos { #expect(mkfifo(logs.appendingPathComponent(name).path, 0o600) == 0) }
        let out = scratch.appendingPathComponent("out.yaml").path
        let outcome = try ValidateCommandTests.run(["import", "aws", EstateImportTests.accountA, EstateImportTests.accountB,
                                                    "--flow-logs", logs.path, "--out", out])
        let text = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
        let left = try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted()
        return (outcome, logs.path, left, text)
    }

    @Test func goodRecordsImport() throws {
        let (outcome, _, left, text) = try Self.importLogs(["a.log": ([Self.header] + Self.good).joined(separator: "\n") + "\n"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(left == ["logs", "out.yaml"])
        // One connection over the 1-second window: 1/s, 1500 B out, 12000 B back.
        #expect(text.contains("- {from: \"a-use1-03\", to: \"orders\", rate: 1/s, request_size: 1500B, response_size: 12000B}"), "\(text)")
    }

    @Test func wrongFieldCountNamesFileAndLine() throws {
        let bad = "2 123456789012 eni-0client 10.3.0.20 10.5.0.10 40002 443 6 3 1500 1796630400 ACCEPT OK"
        let (outcome, logs, left, _) = try Self.importLogs(["a.log": ([Self.header] + Self.good + [bad]).joined(separator: "\n") + "\n"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("\(logs)/a.log:4:1: error: 13 fields, but the header (line 1) has 14"), "\(outcome.stderr)")
        #expect(left == ["logs"])
    }

    @Test func headerWithoutARequiredField() throws {
        let header = Self.header.replacingOccurrences(of: " bytes", with: " tcp-flags")
        let (outcome, logs, left, _) = try Self.importLogs(["a.log": ([header] + Self.good).joined(separator: "\n") + "\n"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("\(logs)/a.log:1:1: error: bytes: the header lacks 'bytes'"), "\(outcome.stderr)")
        #expect(left == ["logs"])
    }

    @Test func valueOfTheWrongKindNamesTheField() throws {
        let bad = "2 123456789012 eni-0client 10.3.0.20 10.5.0.10 40002 443 6 3 many 1796630400 1796630401 ACCEPT OK"
        let (outcome, logs, left, _) = try Self.importLogs(["a.log": ([Self.header, bad]).joined(separator: "\n") + "\n"])
        #expect(outcome.status == 2)
        // "many" starts at column 62 of line 2.
        #expect(outcome.stderr.contains("\(logs)/a.log:2:62: error: bytes: 'many' is not a whole number"), "\(outcome.stderr)")
        #expect(left == ["logs"])
    }

    @Test func truncatedGzip() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("gz-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let file = scratch.appendingPathComponent("a.log")
        // Enough records that the compressed stream is long enough to cut in the middle.
        let lines = (0..<400).map { i in "2 123456789012 eni-0client 10.3.0.\(i % 200 + 10) 10.5.0.10 \(41000 + i) 443 6 3 \(1000 + i * 7) 1796630400 1796630401 ACCEPT OK" }
        try ([Self.header] + lines).joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        try FlowLogGenerator.gzip(file)
        let whole = try Data(contentsOf: scratch.appendingPathComponent("a.log.gz"))
        let (outcome, logs, left, _) = try Self.importLogs([:], raw: ["a.log.gz": whole.prefix(whole.count / 2)])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("\(logs)/a.log.gz: error: truncated gzip file"), "\(outcome.stderr)")
        #expect(left == ["logs"])
        // The whole file reads.
        let complete = try Self.importLogs([:], raw: ["a.log.gz": whole])
        #expect(complete.outcome.status == 0, "\(complete.outcome.stderr)")
        #expect(complete.text.contains("400 connections in 400 flow-log records"), "\(complete.text)")
    }

    /// `text` as one gzip member (gzip -n: no name or time, so the same bytes every run).
    static func gzipMember(_ text: String) throws -> Data {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("gz-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let file = scratch.appendingPathComponent("m")
        try text.write(to: file, atomically: true, encoding: .utf8)
        try FlowLogGenerator.gzip(file)
        return try Data(contentsOf: scratch.appendingPathComponent("m.gz"))
    }

    @Test func gzipThatDecompressesPastTheInputLimitIsRefused() throws {
        // Good records, then members of 1 MiB of empty lines each (about 1 KiB compressed):
        // with two of them the file imports; with 257 its text would be 257 MiB, past the
        // 256 MiB every input file may hold, and the import stops there instead of filling memory.
        let records = try Self.gzipMember(([Self.header] + Self.good).joined(separator: "\n") + "\n")
        let blank = try Self.gzipMember(String(repeating: "\n", count: 1 << 20))
        #expect(blank.count < 8192)
        let small = try Self.importLogs([:], raw: ["a.log.gz": records + blank + blank])
        #expect(small.outcome.status == 0, "\(small.outcome.stderr)")
        #expect(small.text.contains("rate: 1/s, request_size: 1500B"), "\(small.text)")
        var bomb = records
        for _ in 0..<257 { bomb.append(blank) }
        let (outcome, logs, left, _) = try Self.importLogs([:], raw: ["a.log.gz": bomb])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("\(logs)/a.log.gz: error: decompresses to more than 268435456 bytes (256 MiB) of text"),
                "\(outcome.stderr)")
        #expect(left == ["logs"])
    }

    @Test func aFIFOAmongTheFlowLogsIsRefusedNotWaitedOn() throws {
        // A named pipe in the folder would block a plain read until something wrote to it.
        let (outcome, logs, left, _) = try Self.importLogs(["a.log": ([Self.header] + Self.good).joined(separator: "\n") + "\n"],
                                                           fifos: ["b.log"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("\(logs)/b.log: error: is a FIFO (named pipe), not a regular file"), "\(outcome.stderr)")
        #expect(left == ["logs"])
    }

    @Test func unknownAddressIsAWarningWithItsCount() throws {
        let strangers = [
            "2 123456789012 eni-0client 198.51.100.7 10.5.0.10 50001 443 6 2 700 1796630400 1796630401 ACCEPT OK",
            "2 123456789012 eni-0client 10.5.0.10 198.51.100.7 443 50001 6 2 900 1796630400 1796630401 ACCEPT OK",
            "2 123456789012 eni-0client 203.0.113.9 192.0.2.1 50002 8080 6 1 60 1796630400 1796630401 ACCEPT OK",
        ]
        let (outcome, _, left, text) = try Self.importLogs(["a.log": ([Self.header] + Self.good + strangers).joined(separator: "\n") + "\n"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(left == ["logs", "out.yaml"])
        // The three records (700 + 900 + 60 bytes) are left out, said so in both places.
        let message = "3 records with an address that no exported network interface, subnet or VPC holds"
        #expect(outcome.stderr.contains("warning: not used: flow logs: \(message)"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("1660 B (⚠ data left out)"))
        #expect(text.contains("#   flow logs: \(message)"))
        // And the known connection is still measured.
        #expect(text.contains("to: \"orders\", rate: 1/s"))
    }

    @Test func skippedAndIncompleteRecordsAreWarnings() throws {
        let lines = [
            "2 123456789012 eni-0client - - - - - - - 1796630400 1796630460 - SKIPDATA",
            "2 123456789012 eni-0client 10.3.0.21 10.5.0.10 40009 443 6 - - 1796630400 1796630401 ACCEPT OK",
        ]
        let (outcome, _, _, text) = try Self.importLogs(["a.log": ([Self.header] + Self.good + lines).joined(separator: "\n") + "\n"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(text.contains("#   flow logs: 1 SKIPDATA records: AWS skipped records in those capture windows, so the logs are incomplete there (⚠ data left out)"),
                "\(text)")
        #expect(text.contains("#   flow logs: 1 ACCEPT records with '-' in an address, port, byte count or time (⚠ data left out)"))
        #expect(outcome.stderr.contains("warning: not used: flow logs: 1 SKIPDATA records"))
    }

    @Test func headerlessDefaultFormatReads() throws {
        // A CloudWatch Logs export has no header line: the default format's order is assumed.
        let (outcome, _, _, text) = try Self.importLogs(["a.log": Self.good.joined(separator: "\n") + "\n"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(text.contains("to: \"orders\", rate: 1/s, request_size: 1500B, response_size: 12000B}"), "\(text)")
    }

    @Test func damagedGzipIsNotTruncated() throws {
        // The gzip magic bytes, then bytes that are no deflate stream.
        let (outcome, logs, left, _) = try Self.importLogs([:], raw: ["a.log.gz": Data([0x1f, 0x8b, 0x08, 0x00] + Array(repeating: 0xff, count: 40))])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("\(logs)/a.log.gz: error: damaged gzip file: "), "\(outcome.stderr)")
        #expect(left == ["logs"])
    }

    @Test func loadBalancerInterfaceLeadsToItsTargetGroup() throws {
        // An NLB's interface as describe-network-interfaces lists it ("ELB net/NAME/ID"; the
        // fixture's balancer ARN ends in loadbalancer/app/orders-nlb/5268c5c9b35742dd): a call to
        // it is a call to the only target group behind it, on any port; its own flow to a
        // target is the balancer's hop, not a client's call.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("flowlogs-nlb-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let account = scratch.appendingPathComponent("123456789012")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: EstateImportTests.accountA, toPath: account.path)
        try EstateImportBadInputTests.rewrite(account.appendingPathComponent("us-east-1/ec2-describe-network-interfaces.json")) { object in
            var interfaces = object["NetworkInterfaces"] as! [[String: Any]]
            interfaces.append(["NetworkInterfaceId": "eni-0nlb", "VpcId": "vpc-089ca9d46051ab4d3", "SubnetId": "subnet-438358ae08c998f33",
                               "AvailabilityZone": "us-east-1a", "PrivateIpAddress": "10.5.0.200", "InterfaceType": "network_load_balancer",
                               "Description": "ELB app/orders-nlb/5268c5c9b35742dd"])
            object["NetworkInterfaces"] = interfaces
        }
        let logs = scratch.appendingPathComponent("logs")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        try ([Self.header,
              "2 123456789012 eni-0nlb 10.4.0.30 10.5.0.200 40100 8443 6 3 800 1796630400 1796630402 ACCEPT OK",
              "2 123456789012 eni-0nlb 10.5.0.200 10.4.0.30 8443 40100 6 3 3000 1796630400 1796630402 ACCEPT OK",
              "2 123456789012 eni-0nlb 10.5.0.200 10.5.0.11 50100 443 6 3 800 1796630400 1796630402 ACCEPT OK"]
            .joined(separator: "\n") + "\n").write(to: logs.appendingPathComponent("a.log"), atomically: true, encoding: .utf8)
        let out = scratch.appendingPathComponent("out.yaml").path
        let outcome = try ValidateCommandTests.run(["import", "aws", account.path, "--flow-logs", logs.path, "--out", out])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        // One connection over the 2-second window: 0.5/s, 800 B out, 3000 B back.
        #expect(text.contains("- {from: \"a-use1-04\", to: \"orders\", rate: 0.5/s, request_size: 800B, response_size: 3000B}"), "\(text)")
        #expect(text.contains("1 records between a load balancer or endpoint and its targets"))
    }

    @Test func flowLogsWithTrafficIsRefused() throws {
        let outcome = try ValidateCommandTests.run(["import", "aws", EstateImportTests.accountA, "--flow-logs", "/nonexistent",
                                                    "--traffic", "uniform:1/s", "--out", "/tmp/never.yaml"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("--traffic: give either --flow-logs"), "\(outcome.stderr)")
    }
}
