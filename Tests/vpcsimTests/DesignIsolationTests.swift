import Foundation
import Strategies
import Testing

/// A design is a plug-in: its names appear only in its own folder
/// (`Sources/Strategies/<Design>/`) and in the registry line that lists it
/// (`Sources/Strategies/Designs/DesignRegistry.swift`). Every file under `Sources/` is read,
/// and each registered design's names are looked for in it.
///
/// A design's names are its kind (`vpc-lattice`, as a whole token), its options section
/// (`vpc_lattice`, as a whole token, unless the key is a plain AWS word other designs use
/// too), its strategy type (`VPCLatticeStrategy`), all three read from the registry, and the
/// patterns of its row in `words` (e.g. any `lattice`, any case).
///
/// A design needs no row: without one it is looked for by the names the registry gives, so
/// that adding a design (its folder and its registry line) touches no test file. A row is
/// for a registered design only.
@Suite struct DesignIsolationTests {
    /// What names a design beyond what the registry gives, and where it may be named.
    struct Words {
        /// Regular expressions (ICU syntax) that name the design.
        var patterns: [String]
        /// Whether the options section's key is a word other designs use as AWS's
        /// (`peering`, `privatelink`), so that it does not name the design.
        var sectionIsAWSWord = false
        /// Folders besides `Sources/Strategies/<Design>/` that are about this design alone.
        var extraFolders: [String] = []
        /// Files outside the design's folders that still name it, each with the reason: a
        /// list to shrink, not to grow. Each must still name the design (an entry that no
        /// longer does fails, so that it is removed), except one inside another design's
        /// folder that is not in the tree (`Sources/Strategies/<Other>/`, no file under it):
        /// a design that builds on this one can be removed or added without editing this row.
        var knownLeaks: [String: String] = [:]
    }

    /// Rows by kind, each of a registered design (`everyDesignHasAFolderAndEveryRowADesign`).
    static let words: [String: Words] = [
        "peering-mesh": Words(
            patterns: ["(?i)peering_?mesh"], sectionIsAWSWord: true,
            knownLeaks: [
                "Sources/TestRunners/SyntheticRunner.swift": "the synthetic runner's closed forms switch over the first three designs",
                "Sources/Benchmarks/DataPlane/DataPlaneBenchmark.swift": "`bench dataplane`'s scenario lists the first three designs",
                "Sources/vpcsim/Commands/BenchDataPlaneCommand.swift": "`bench dataplane`'s help names the designs it measures",
                "Sources/Scenario/Model/FaultSpec.swift": "the peering-deletion fault is a shared fault kind",
            ]),
        "privatelink-hub": Words(
            patterns: ["(?i)privatelink_?hub"], sectionIsAWSWord: true,
            knownLeaks: [
                "Sources/TestRunners/SyntheticRunner.swift": "the synthetic runner's closed forms switch over the first three designs",
                "Sources/Benchmarks/DataPlane/DataPlaneBenchmark.swift": "`bench dataplane`'s scenario lists the first three designs",
                "Sources/vpcsim/Commands/BenchDataPlaneCommand.swift": "`bench dataplane`'s help names the designs it measures",
                "Sources/Scenario/Model/FaultSpec.swift": "the endpoint-rejection fault is a shared fault kind",
                "Sources/Strategies/AsIs/AsIsPath.swift": "as-is passes the interface endpoint's hop, defined by this design",
                "Sources/Strategies/AsIs/AsIsCost.swift": "as-is bills endpoints with this design's cost items",
                "Sources/Strategies/AsIs/AsIsStrategy+Cost.swift": "as-is bills endpoints from this design's prices",
            ]),
        // `Transit Gateway` is AWS's name too (other designs and the importer use TGWs): the
        // design's own names are its kind, its section and its strategy type. as-is and
        // shared-vpc reuse this design's hop, quotas, prices and delays: a design-to-design
        // dependency (removing this design breaks them), listed here until those figures move
        // to a shared place.
        "transit-gateway": Words(
            patterns: [],
            knownLeaks: [
                "Sources/TestRunners/SyntheticRunner.swift": "the synthetic runner's closed forms switch over the first three designs",
                "Sources/Benchmarks/DataPlane/DataPlaneBenchmark.swift": "`bench dataplane`'s scenario lists the first three designs",
                "Sources/vpcsim/Commands/BenchDataPlaneCommand.swift": "`bench dataplane`'s help names the designs it measures",
                "Sources/Strategies/AsIs/AsIsPath.swift": "as-is passes the gateway's hop, defined by this design",
                "Sources/Strategies/AsIs/AsIsStrategy+Cost.swift": "as-is bills gateways from this design's prices",
                "Sources/Strategies/SharedVPC/SharedVPCPath.swift": "shared-vpc's tgw-peering passes the gateway's hop, defined by this design",
                "Sources/Strategies/SharedVPC/SharedVPCStrategy.swift": "shared-vpc's tgw-peering: this design's quotas, in a doc comment",
                "Sources/Strategies/SharedVPC/SharedVPCStrategy+Cost.swift": "shared-vpc's tgw-peering: this design's prices, in a doc comment",
                "Sources/Strategies/SharedVPC/SharedVPCStrategy+Reach.swift": "shared-vpc's tgw-peering: doc comment",
                "Sources/Strategies/SharedVPC/SharedVPCStrategy+TransitGateways.swift": "shared-vpc's tgw-peering uses this design's route tables per gateway",
                "Sources/Strategies/SharedVPC/SharedVPCTimedOperation.swift": "shared-vpc's tgw-peering takes this design's delays and their sources",
            ]),
        "vpc-lattice": Words(patterns: ["(?i)lattice"]),
        "shared-vpc": Words(patterns: ["(?i)shared.?vpc"]),
        // `vpcsim import aws` writes a scenario's `as_is:` section: the importer is about
        // this design alone.
        "as-is": Words(
            patterns: ["AsIs[A-Z]", "\\.asIs\\b"], extraFolders: ["Sources/Import/"],
            knownLeaks: [
                "Sources/vpcsim/Commands/RunCommand.swift": "`run`'s help: the design that reports on its own",
            ]),
    ]

    static let registryFile = "Sources/Strategies/Designs/DesignRegistry.swift"

    /// One design's names and the folders it may be named in, from the registry and `words`.
    struct Design {
        var kind: String
        var folders: [String]
        var patterns: [NSRegularExpression]
        var knownLeaks: [String: String]

        /// Whether `text` names the design.
        func isNamed(in text: String) -> Bool {
            let range = NSRange(text.startIndex..., in: text)
            return patterns.contains { $0.firstMatch(in: text, range: range) != nil }
        }

        /// Whether `path` (relative to the repository) is one of the design's own files.
        func owns(_ path: String) -> Bool {
            path == DesignIsolationTests.registryFile || folders.contains { path.hasPrefix($0) }
        }
    }

    /// `name` as a whole token, any case: not inside a longer name (`transit_gateways`,
    /// `transit-gateway-quotas.html`).
    static func token(_ name: String) -> String {
        "(?i)(?<![A-Za-z0-9_-])" + NSRegularExpression.escapedPattern(for: name) + "(?![A-Za-z0-9_-])"
    }

    static func design(_ type: any ConnectivityStrategy.Type) throws -> Design {
        let kind = type.kind.rawValue
        let typeName = String(describing: type)
        let prefix = typeName.hasSuffix("Strategy") ? String(typeName.dropLast("Strategy".count)) : typeName
        let row = words[kind] ?? Words(patterns: [])
        var patterns = [token(kind), NSRegularExpression.escapedPattern(for: typeName)] + row.patterns
        if !row.sectionIsAWSWord { patterns.append(token(type.optionsSection)) }
        return Design(kind: kind, folders: ["Sources/Strategies/\(prefix)/"] + row.extraFolders,
                      patterns: try patterns.map { try NSRegularExpression(pattern: $0) },
                      knownLeaks: row.knownLeaks)
    }

    /// Every file under `Sources/`, by its path from the repository's root.
    static func sourceFiles() throws -> [(path: String, text: String)] {
        let root = ValidateCommandTests.repository
        let sources = root.appendingPathComponent("Sources")
        guard let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return []
        }
        var files: [(path: String, text: String)] = []
        for case let url as URL in walker where try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
            let path = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            files.append((path, try String(contentsOf: url, encoding: .utf8)))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// The files of `files` that name `design` outside its own folders.
    static func leaks(of design: Design, in files: [(path: String, text: String)]) -> [String] {
        files.filter { !design.owns($0.path) && design.isNamed(in: $0.text) }.map(\.path)
    }

    /// Whether `path` lies in a design folder (`Sources/Strategies/<Design>/`) of which `files`
    /// hold no file: a design that is not in the tree.
    static func inAbsentDesignFolder(_ path: String, _ files: [(path: String, text: String)]) -> Bool {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        guard components.count > 3, components[0] == "Sources", components[1] == "Strategies" else { return false }
        let folder = components.prefix(3).joined(separator: "/") + "/"
        return !files.contains { $0.path.hasPrefix(folder) }
    }

    @Test func everyDesignHasAFolderAndEveryRowADesign() throws {
        let folders = Set(try Self.sourceFiles().map { ($0.path as NSString).deletingLastPathComponent + "/" })
        for type in DesignRegistry.designs {
            let design = try Self.design(type)
            #expect(folders.contains(design.folders[0]), "\(design.kind): no folder \(design.folders[0])")
        }
        let kinds = Set(DesignRegistry.designs.map { $0.kind.rawValue })
        for kind in Self.words.keys.sorted() where !kinds.contains(kind) {
            Issue.record("\(kind) is not a registered design: remove its row from DesignIsolationTests.words")
        }
    }

    /// A file counts as in an absent design's folder only under `Sources/Strategies/<Design>/`
    /// with no file of the tree there.
    @Test func absentDesignFolders() {
        let files: [(path: String, text: String)] = [("Sources/Strategies/TransitGateway/A.swift", "")]
        #expect(Self.inAbsentDesignFolder("Sources/Strategies/Gone/B.swift", files))
        #expect(!Self.inAbsentDesignFolder("Sources/Strategies/TransitGateway/B.swift", files))
        #expect(!Self.inAbsentDesignFolder("Sources/Scenario/Model/FaultSpec.swift", files))
        #expect(!Self.inAbsentDesignFolder("Sources/Strategies/Strategies.swift", files))
    }

    @Test(arguments: DesignRegistry.designs.map { $0.kind.rawValue })
    func designIsNamedOnlyInItsFolderAndTheRegistry(kind: String) throws {
        let design = try Self.design(try #require(StrategyKind(rawValue: kind)).strategyType)
        let files = try Self.sourceFiles()
        let leaks = Self.leaks(of: design, in: files)
        for path in leaks where design.knownLeaks[path] == nil {
            Issue.record("\(path) names the design \(kind): move that code into \(design.folders[0]) or word it generically")
        }
        for path in design.knownLeaks.keys.sorted() where !leaks.contains(path) && !Self.inAbsentDesignFolder(path, files) {
            Issue.record("\(path) no longer names \(kind): remove it from its knownLeaks")
        }
        #expect(files.count > 100)
    }

    /// For every registered design, the scan finds its kind, its strategy type and its options
    /// section (unless that is an AWS word) planted in shared files, and not in the design's
    /// own folders, the registry, or a shared file that names only the other designs.
    @Test(arguments: DesignRegistry.designs.map { $0.kind.rawValue })
    func aMentionOutsideTheFolderIsFound(kind: String) throws {
        let type = try #require(StrategyKind(rawValue: kind)).strategyType
        let design = try Self.design(type)
        let typeName = String(describing: type)
        let others = DesignRegistry.designs.filter { $0.kind != type.kind }
        var planted: [(path: String, text: String)] = [
            ("Sources/Strategies/DataPlane/PathDelays.swift", "/// the \(kind) design's hop"),
            ("Sources/Experiment/Plots/PlotStyle.swift", "case is \(typeName).Type: return 4"),
            ("Sources/CloudModel/Quotas/SharedQuotas.swift",
             others.map { "case \"\($0.kind.rawValue)\": \(String(describing: $0)).self" }.joined(separator: "\n")),
            (Self.registryFile, "\(typeName).self,"),
        ]
        planted += design.folders.map { ($0 + "Planted.swift", "/// \(kind), \(typeName), \(type.optionsSection)") }
        var expected = ["Sources/Strategies/DataPlane/PathDelays.swift", "Sources/Experiment/Plots/PlotStyle.swift"]
        if !(Self.words[kind]?.sectionIsAWSWord ?? false) {
            planted.append(("Sources/Scenario/Decoding/X.swift", "fields.optional(\"\(type.optionsSection)\")"))
            expected.append("Sources/Scenario/Decoding/X.swift")
        }
        #expect(others.count == DesignRegistry.designs.count - 1)
        #expect(Self.leaks(of: design, in: planted) == expected, "\(kind)")
    }

    /// A kind is a whole token: a longer word that contains it is not the design.
    @Test func aKindIsAWholeToken() throws {
        let tgw = try Self.design(try #require(StrategyKind(rawValue: "transit-gateway")).strategyType)
        #expect(!tgw.isNamed(in: "[DOC] transit-gateway-quotas.html; as_is.transit_gateways"))
        #expect(tgw.isNamed(in: "strategies: [transit-gateway]"))
    }
}
