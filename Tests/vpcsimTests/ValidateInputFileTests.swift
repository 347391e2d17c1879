import Foundation
import SimKernel
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `vpcsim validate` reads input files bounded (`BoundedFileRead`): an empirical-distribution
/// file or the scenario file itself that is a FIFO (which would block the read until a writer
/// came), a device that never ends (/dev/zero), or a file over the 256 MiB limit is refused
/// with exit 2, naming the file (and for an empirical file the scenario's line and key), before
/// any of it is read.
@Suite struct ValidateInputFileTests {
    /// A scenario whose one service's time is `empirical(file=FILE)`, in a fresh folder.
    static func scenario(empirical file: String) throws -> URL {
        try ValidateCommandTests.temporaryFile("""
            vpcs:
              - {name: a, region: us-east-1, cidrs: [10.1.0.0/16]}
            services:
              - {name: api, vpc: a, port: 443, service_time: "empirical(file=\(file))"}

            """, name: "s.yaml")
    }

    static func validate(empirical make: (URL) throws -> String) throws -> (ValidateCommandTests.Outcome, String) {
        let file = try scenario(empirical: "input")
        let folder = file.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("input")
        let target = try make(input)
        if target != input.path {
            try FileManager.default.createSymbolicLink(atPath: input.path, withDestinationPath: target)
        }
        return (try ValidateCommandTests.run(["validate", file.path]), file.path)
    }

    @Test func anEmpiricalFileThatIsAFIFOIsRefused() throws {
        let (outcome, file) = try Self.validate { input in
            #expect(mkfifo(input.path, 0o600) == 0)
            return input.path
        }
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("\(file):4:"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("services[0].service_time"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("is a FIFO (named pipe), not a regular file"), "\(outcome.stderr)")
    }

    @Test func anEmpiricalFileThatIsDevZeroIsRefused() throws {
        // A symbolic link to /dev/zero: stat follows it to the character device.
        let (outcome, _) = try Self.validate { _ in "/dev/zero" }
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("is a character device (such as /dev/zero), not a regular file"), "\(outcome.stderr)")
    }

    @Test func anEmpiricalFileOverTheLimitIsRefusedWithoutReadingIt() throws {
        // A sparse file one byte over 256 MiB (2^28 = 268,435,456 bytes): refused by its size,
        // instantly, with nothing read.
        #expect(BoundedFileRead.limit == 268_435_456)
        let started = ContinuousClock.now
        let (outcome, _) = try Self.validate { input in
            #expect(FileManager.default.createFile(atPath: input.path, contents: nil))
            let handle = try FileHandle(forWritingTo: input)
            try handle.truncate(atOffset: UInt64(BoundedFileRead.limit + 1))
            try handle.close()
            return input.path
        }
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("is 268435457 bytes, more than the 268435456 bytes (256 MiB) an input file may hold"), "\(outcome.stderr)")
        #expect(ContinuousClock.now - started < .seconds(10))
    }

    @Test func aFileAtTheLimitIsRead() throws {
        // Exactly the limit in bytes passes the bound (then fails as an empirical file would: no values).
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bounded-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("f")
        try Data("1ms\n2ms\n".utf8).write(to: file)
        #expect(try BoundedFileRead.read(file.path, limit: 8).get().count == 8)
        #expect(BoundedFileRead.read(file.path, limit: 7) == .failure(.tooLarge(bytes: 8, limit: 7)))
    }

    @Test func aScenarioFileThatIsAFIFOOrADeviceIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("s.yaml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let outcome = try ValidateCommandTests.run(["validate", fifo])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.hasPrefix("\(fifo): error: is a FIFO (named pipe), not a regular file"), "\(outcome.stderr)")
        let zero = try ValidateCommandTests.run(["validate", "/dev/zero"])
        #expect(zero.status == 2)
        #expect(zero.stderr.hasPrefix("/dev/zero: error: is a character device (such as /dev/zero), not a regular file"), "\(zero.stderr)")
    }
}
