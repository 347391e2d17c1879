import Foundation
import Testing
@testable import Scenario

/// The located reader: YAML syntax, document shape, keys and scalar types.
@Suite struct YAMLReadingTests {
    @Test func errorPrintsFileLineColumnKeyPathAndMessage() {
        let error = ScenarioError(at: SourceLocation(file: "a.yaml", line: 3, column: 7),
                                  keyPath: "services[0].service_time", "bad")
        #expect(error.description == "a.yaml:3:7: error: services[0].service_time: bad")
        let whole = ScenarioError(at: .wholeFile("a.yaml"), "no such file")
        #expect(whole.description == "a.yaml: error: no such file")
    }

    @Test func emptyFileIsAnError() {
        expectError("", line: 1, column: 1, keyPath: "", mentions: ["empty"])
        expectError("# only a comment\n\n", line: 1, column: 1, keyPath: "", mentions: ["empty"])
    }

    @Test func rootMustBeAMapping() {
        expectError("- a\n- b\n", line: 1, column: 1, keyPath: "", mentions: ["mapping", "a list"])
        expectError("just text\n", line: 1, column: 1, keyPath: "", mentions: ["mapping", "'just text'"])
    }

    @Test func syntaxErrorKeepsLibyamlPosition() {
        // The flow list opened on line 2 is never closed; libyaml notices at the end.
        expectError("name: x\nvpcs: [\n", line: 3, column: 1, keyPath: "", mentions: ["YAML syntax error"])
        // A value indented less than its key's sibling: 'b' at column 2 breaks the mapping.
        expectError("a:\n  x: 1\n b: 2\n", line: 3, column: 2, keyPath: "", mentions: ["YAML syntax error"])
    }

    @Test func deepNestingIsRefusedNotACrash() {
        // libyaml stops at 1000 levels, long before the recursive reader could overflow the stack.
        let text = "a: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n"
        expectError(text, line: 1, column: 5, keyPath: "", mentions: ["too deeply"])
    }

    @Test func tabIndentationGetsAHint() {
        expectError("name: x\n\tvpcs: []\n", line: 2, column: 1, keyPath: "", mentions: ["tab", "spaces"])
    }

    @Test func secondDocumentIsAnError() {
        expectError("name: x\n---\nname: y\n", line: 2, column: 1, keyPath: "", mentions: ["single document"])
    }

    @Test func duplicateKeyIsReportedAtItsSecondOccurrence() {
        let text = """
            name: x
            vpcs:
              - name: a
                region: us-east-1
                name: b
            """
        expectError(text, line: 5, column: 5, keyPath: "vpcs[0].name",
                    mentions: ["duplicate key 'name'", "line 3, column 5"])
    }

    @Test func duplicateKeyInFlowMappingKeepsColumns() {
        // The first "azs" starts at column 15 of line 2, the second at column 23.
        expectError("regions:\n  us-east-1: {azs: 3, azs: 2}\n", line: 2, column: 23, keyPath: "regions.us-east-1.azs",
                    mentions: ["duplicate key 'azs'", "column 15"])
    }

    @Test func duplicateTopLevelKey() {
        expectError("seed: 1\nseed: 2\n", line: 2, column: 1, keyPath: "seed", mentions: ["duplicate key 'seed'"])
    }

    @Test func anchorsAliasesAndTagsAreRejected() {
        expectError("name: x\nwarmup: &w 1m\n", line: 2, column: 9, keyPath: "", mentions: ["anchor '&w'"])
        expectError("name: x\nvpcs: [*v]\n", line: 2, column: 8, keyPath: "", mentions: ["alias '*v'"])
        expectError("seed: !!int 5\n", line: 1, column: 7, keyPath: "", mentions: ["tag '!!int'"])
    }

    @Test func ampersandsAndStarsInsideValuesAreText() {
        let scanner = UnsupportedSyntaxScanner.self
        #expect(scanner.firstFinding(in: "name: R&D\n") == nil)
        #expect(scanner.firstFinding(in: "name: \"&x\"\nother: '*y'\n") == nil)
        #expect(scanner.firstFinding(in: "name: x # &comment *too\n") == nil)
        #expect(scanner.firstFinding(in: "text: |\n  &literal\n  *block\nnext: 1\n") == nil)
        #expect(scanner.firstFinding(in: "list: [a, b*c, 'd, *e']\n") == nil)
        #expect(scanner.firstFinding(in: "rate: 5/s\n- x: a*b\n") == nil)
        #expect(scanner.firstFinding(in: "a: {b: *c}\n")?.column == 8)
        #expect(scanner.firstFinding(in: "- *top\n")?.column == 3)
        #expect(scanner.firstFinding(in: "\"multi\n  line\" : &k v\n") == UnsupportedSyntaxScanner.Finding(token: "&k", line: 2, column: 11))
    }

    @Test func billionLaughsIsRejectedBeforeExpansion() {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let previous = Character(UnicodeScalar(UInt8(96 + level)))
            let name = Character(UnicodeScalar(UInt8(97 + level)))
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
        }
        text += "? *j\n: boom\n"
        expectError(text, line: 1, column: 4, keyPath: "", mentions: ["anchor '&a'"])
    }

    @Test func unknownKeySuggestsTheClosest() {
        expectError("name: x\nduraton: 5m\n", line: 2, column: 1, keyPath: "duraton",
                    mentions: ["unknown key 'duraton'", "did you mean 'duration'?"])
        let text = "vpcs:\n  - {name: a, region: us-east-1, cidrs: [10.0.0.0/16], routetables: 2}\n"
        expectError(text, line: 2, column: 56, keyPath: "vpcs[0].routetables", mentions: ["did you mean 'route_tables'?"])
    }

    @Test func unknownKeyFarFromAnyListsTheKnownOnes() {
        expectError("peering: {colour: blue}\n", line: 1, column: 11, keyPath: "peering.colour",
                    mentions: ["unknown key 'colour'", "expected one of: mesh, acceptance"])
    }

    @Test func wrongTypesNameWhatWasExpectedAndFound() {
        expectError("replications: many\n", line: 1, column: 15, keyPath: "replications",
                    mentions: ["expected a whole number", "'many'"])
        expectError("replications: 2.5\n", line: 1, column: 15, keyPath: "replications", mentions: ["whole number"])
        expectError("vpcs: {name: a}\n", line: 1, column: 7, keyPath: "vpcs", mentions: ["expected a list", "a mapping"])
        expectError("privatelink: {cross_zone: yes}\n", line: 1, column: 27, keyPath: "privatelink.cross_zone",
                    mentions: ["true or false", "'yes'"])
        expectError("regions: [us-east-1]\n", line: 1, column: 10, keyPath: "regions", mentions: ["expected a mapping"])
    }

    @Test func quotedNumbersAreText() {
        expectError("seed: \"42\"\n", line: 1, column: 7, keyPath: "seed", mentions: ["quoted", "remove the quotes"])
    }

    @Test func numbersOutOfRangeSayTheBound() {
        expectError("replications: 0\n", line: 1, column: 15, keyPath: "replications", mentions: ["at least 1", "found 0"])
        expectError("seed: -1\n", line: 1, column: 7, keyPath: "seed", mentions: ["whole number from 0"])
        expectError("seed: 18446744073709551616\n", line: 1, column: 7, keyPath: "seed", mentions: ["whole number from 0"])
    }

    @Test func missingRequiredKeyPointsAtTheMapping() {
        let text = "vpcs:\n  - {name: a, cidrs: [10.0.0.0/16]}\n"
        expectError(text, line: 2, column: 5, keyPath: "vpcs[0]", mentions: ["missing required key 'region'"])
    }

    @Test func emptyRequiredValueIsMissing() {
        let text = "vpcs:\n  - name: a\n    region:\n    cidrs: [10.0.0.0/16]\n"
        expectError(text, line: 3, column: 5, keyPath: "vpcs[0].region", mentions: ["needs a value"])
    }

    @Test func nonScalarKeysAreRejected() {
        expectError("[a, b]: 1\n", line: 1, column: 1, keyPath: "", mentions: ["plain name"])
    }

    @Test func invalidUTF8NamesItsPosition() {
        var bytes = Array("name: x\nseed: 1".utf8)
        bytes.insert(0xFF, at: 14)  // line 2, after "seed: "
        #expect(throws: ScenarioError.self) { try SourceFile.text(of: Data(bytes), file: "bin.yaml") }
        do {
            _ = try SourceFile.text(of: Data(bytes), file: "bin.yaml")
        } catch {
            #expect(error.line == 2)
            #expect(error.column == 7)
            #expect(error.message.contains("UTF-8"))
        }
    }

    @Test func missingFileAndFolderAreErrors() {
        #expect(throws: ScenarioError(at: .wholeFile("/nonexistent/x.yaml"), "no such file")) {
            try ScenarioLoader.load(path: "/nonexistent/x.yaml")
        }
        do {
            _ = try ScenarioLoader.load(path: "/tmp")
            Issue.record("a folder loaded")
        } catch {
            #expect(error.message.contains("folder"))
        }
    }
}
