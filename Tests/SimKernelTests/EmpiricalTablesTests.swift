import Testing
@testable import SimKernel

/// `EmpiricalTables`: a file read through it is read once while it does not change, gives the
/// distribution reading it gives, and is read again once it changes; a bad file is never kept.
@Suite struct EmpiricalTablesTests {
    @Test func aFileIsReadOnceAndGivesWhatReadingItGives() throws {
        let dir = TemporaryDirectory()
        dir.write("q.csv", "p,value\n0,1ms\n0.5,10ms\n1,30ms\n")
        let tables = EmpiricalTables()
        let plain = try DistributionSpec.parse("empirical(file=q.csv)", kind: .duration, relativeTo: dir.path)
        for _ in 0..<5 {
            let cached = try DistributionSpec.parse("empirical(file=q.csv)", kind: .duration, relativeTo: dir.path,
                                                    tables: tables)
            #expect(cached == plain)
            #expect(cached.quantile(0.75) == plain.quantile(0.75))
        }
        // The map form and an absolute path to the same file take the same entry.
        _ = try DistributionSpec.parse(name: "empirical", parameters: [("file", dir.path + "/q.csv")],
                                       kind: .duration, tables: tables)
        #expect(tables.reads == 1)
    }

    @Test func aChangedFileIsReadAgain() throws {
        let dir = TemporaryDirectory()
        dir.write("s.txt", "1ms\n2ms\n")
        let tables = EmpiricalTables()
        let before = try DistributionSpec.parse("empirical(file=s.txt)", kind: .duration, relativeTo: dir.path,
                                                tables: tables)
        #expect(before.mean == 1.5e6)
        dir.write("s.txt", "10ms\n20ms\n30ms\n")
        let after = try DistributionSpec.parse("empirical(file=s.txt)", kind: .duration, relativeTo: dir.path,
                                               tables: tables)
        #expect(after.mean == 20e6)
        #expect(tables.reads == 2)
    }

    @Test func aBadFileIsNotKeptAndReportsItsErrorEveryTime() throws {
        let dir = TemporaryDirectory()
        dir.write("bad.csv", "p,value\n0,1ms\n0.5,10ms\n")
        let tables = EmpiricalTables()
        for _ in 0..<2 {
            #expect(throws: DistributionError.self) {
                try DistributionSpec.parse("empirical(file=bad.csv)", kind: .duration, relativeTo: dir.path,
                                           tables: tables)
            }
        }
        #expect(tables.reads == 0)
        dir.write("bad.csv", "p,value\n0,1ms\n1,10ms\n")
        let fixed = try DistributionSpec.parse("empirical(file=bad.csv)", kind: .duration, relativeTo: dir.path,
                                               tables: tables)
        #expect(fixed.quantile(1) == 10e6)
        #expect(tables.reads == 1)
    }

    @Test func aMissingFileFailsAsWithoutTheCache() throws {
        let tables = EmpiricalTables()
        var messages: [String] = []
        for cache in [nil, tables] {
            do {
                _ = try DistributionSpec.parse("empirical(file=/nonexistent/x.csv)", kind: .duration, tables: cache)
            } catch {
                messages.append(error.message)
            }
        }
        #expect(messages.count == 2 && messages[0] == messages[1])
        #expect(tables.reads == 0)
    }
}
