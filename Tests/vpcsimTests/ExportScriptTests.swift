import Foundation
import Testing

/// scripts/export-aws.sh against a stand-in `aws` (a shell script given as $AWS) that logs
/// its arguments and prints empty outputs: which calls are made, with which options, into
/// which files, and what a failed call leaves behind. Needs neither the AWS CLI nor moto.
@Suite struct ExportScriptTests {
    static let script = ValidateCommandTests.repository.appendingPathComponent("scripts/export-aws.sh").path

    /// The stand-in: logs "$@" one call a line; answers the two id queries with one id each;
    /// fails (exit 255, AWS CLI style message) when its arguments contain $FAIL_ON.
    static let stub = #"""
        #!/usr/bin/env bash
        echo "$*" >> "$STUB_LOG"
        if [ -n "${FAIL_ON:-}" ] && [[ "$*" == *"$FAIL_ON"* ]]; then
            echo "An error occurred (UnauthorizedOperation) when calling the $FAIL_ON operation: denied" >&2
            exit 255
        fi
        case "$*" in
            *"--output text"*TransitGatewayRouteTableId*) echo "tgw-rtb-0001" ;;
            *"--output text"*TargetGroupArn*) echo "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/orders/abc123" ;;
            *get-caller-identity*) echo '{"Account": "123456789012"}' ;;
            *) echo '{}' ;;
        esac
        """#

    struct Outcome {
        var status: Int32
        var stderr: String
        var calls: [String]
        var files: [String]
    }

    static func export(_ arguments: [String], failOn: String? = nil) throws -> Outcome {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let stub = scratch.appendingPathComponent("aws")
        try Self.stub.write(to: stub, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: stub.path)
        let log = scratch.appendingPathComponent("calls.log")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [script] + arguments.map { $0.replacingOccurrences(of: "OUT", with: scratch.appendingPathComponent("out").path) }
        var environment = ProcessInfo.processInfo.environment
        environment["AWS"] = stub.path
        environment["STUB_LOG"] = log.path
        environment["FAIL_ON"] = failOn
        process.environment = environment
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let calls = ((try? String(contentsOf: log, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        let out = scratch.appendingPathComponent("out")
        let files = (FileManager.default.enumerator(atPath: out.path)?.allObjects as? [String] ?? [])
            .filter { !$0.hasSuffix("/") && !((try? out.appendingPathComponent($0).resourceValues(forKeys: [.isDirectoryKey]).isDirectory) ?? false) }
            .sorted()
        return Outcome(status: process.terminationStatus, stderr: stderr, calls: calls, files: files)
    }

    @Test func everyCallPerRegionWithTheOptionsPassedThrough() throws {
        let outcome = try Self.export(["--profile", "audit", "--endpoint-url", "http://127.0.0.1:5000", "OUT", "us-east-1", "eu-west-1"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        // Every call carries both options, and none turns the CLI's own pagination off.
        #expect(outcome.calls.allSatisfy { $0.contains("--profile audit --endpoint-url http://127.0.0.1:5000") })
        #expect(!outcome.calls.contains { $0.contains("--no-paginate") })
        // Per Region: 12 ec2 and 2 elbv2 describe files, one route search per TGW route table and
        // one health file per target group (one each from the stand-in); plus account.json.
        let perRegion = ["describe-target-health/orders_abc123.json",
                         "ec2-describe-managed-prefix-lists.json", "ec2-describe-network-interfaces.json",
                         "ec2-describe-route-tables.json", "ec2-describe-security-groups.json", "ec2-describe-subnets.json",
                         "ec2-describe-transit-gateway-attachments.json", "ec2-describe-transit-gateway-route-tables.json",
                         "ec2-describe-transit-gateways.json", "ec2-describe-vpc-endpoint-service-configurations.json",
                         "ec2-describe-vpc-endpoints.json", "ec2-describe-vpc-peering-connections.json", "ec2-describe-vpcs.json",
                         "elbv2-describe-load-balancers.json", "elbv2-describe-target-groups.json",
                         "search-transit-gateway-routes/tgw-rtb-0001.json"]
        let expected = (["account.json"] + ["eu-west-1", "us-east-1"].flatMap { region in perRegion.map { "\(region)/\($0)" } }).sorted()
        #expect(outcome.files == expected)
        #expect(outcome.calls.contains { $0.contains("search-transit-gateway-routes --region eu-west-1 --transit-gateway-route-table-id tgw-rtb-0001") })
    }

    @Test func aFailedCallStopsAndLeavesNoPartialFile() throws {
        let outcome = try Self.export(["OUT", "us-east-1"], failOn: "describe-subnets")
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("'aws ec2 describe-subnets --region us-east-1' failed"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("UnauthorizedOperation"))
        #expect(outcome.files == ["account.json", "us-east-1/ec2-describe-vpcs.json"])
    }

    @Test func badCommandLines() throws {
        let noOut = try Self.export([])
        #expect(noOut.status == 2 && noOut.stderr.contains("OUT (the output folder) is required"))
        let badRegion = try Self.export(["OUT", "us_east_1"])
        #expect(badRegion.status == 2 && badRegion.stderr.contains("'us_east_1' is not a Region code"))
        let noValue = try Self.export(["OUT", "--profile"])
        #expect(noValue.status == 2 && noValue.stderr.contains("--profile needs a value"))
        let unknown = try Self.export(["--region", "us-east-1", "OUT"])
        #expect(unknown.status == 2 && unknown.stderr.contains("unknown option --region"))
    }
}
