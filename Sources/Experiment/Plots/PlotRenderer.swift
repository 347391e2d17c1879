import Foundation
import Scenario

/// `vpcsim plot DIR`: renders a result folder's charts with gnuplot, from the templates in
/// `plots/`, as PNG and SVG into `DIR/plots/` (the data each chart was drawn from goes to
/// `DIR/plots/data/`, so a chart can be redrawn or checked by hand).
public enum PlotRenderer {
    /// Renders every chart of `folder`; returns the image files written, in order.
    public static func render(_ folder: ResultFolder, templates: String, gnuplot: String = "gnuplot") throws -> [String] {
        try render(PlotSet.jobs(for: folder), into: folder.path, templates: templates, gnuplot: gnuplot)
    }

    /// Renders `vpcsim plan`'s charts (one per objective) into `folder/plots/`.
    public static func renderPlan(_ points: [PlanGrid.Point], folder: String, templates: String,
                                  gnuplot: String = "gnuplot") throws -> [String] {
        try render(PlanCharts.jobs(points), into: folder, templates: templates, gnuplot: gnuplot)
    }

    static func render(_ jobs: [PlotJob], into folder: String, templates: String, gnuplot: String) throws -> [String] {
        let plots = join(folder, "plots")
        let dataFolder = join(plots, "data")
        try FileManager.default.createDirectory(atPath: dataFolder, withIntermediateDirectories: true)
        var written: [String] = []
        for job in jobs {
            var variables: [String] = ["dir=\(PlotJob.string(templates))",
                                       "out=\(PlotJob.string(join(plots, job.name)))"]
            for (variable, content) in job.data {
                let file = join(dataFolder, "\(job.name)-\(variable).dat")
                try AtomicFile.write(content, to: file)
                variables.append("\(variable)=\(PlotJob.string(file))")
            }
            variables += job.variables.map { "\($0.name)=\($0.value)" }
            try run(gnuplot, arguments: ["-e", variables.joined(separator: "; "), join(templates, job.template)])
            for ext in ["png", "svg"] {
                let image = join(plots, "\(job.name).\(ext)")
                guard FileManager.default.fileExists(atPath: image) else {
                    throw ExperimentError("gnuplot wrote no \(image)")
                }
                written.append(image)
            }
        }
        return written
    }

    /// The templates folder: `explicit` when given, else `$VPCSIM_PLOTS`, else `plots/` of
    /// the source tree the binary was built in (`.build/<triple>/<config>/vpcsim`), else
    /// `../share/vpcsim/plots` next to an installed binary, else `./plots`.
    public static func templatesFolder(explicit: String?, executable: String) -> String? {
        var candidates: [String] = []
        if let explicit { return explicit }
        if let environment = ProcessInfo.processInfo.environment["VPCSIM_PLOTS"] { candidates.append(environment) }
        let binary = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
        var folder = binary.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(folder.appendingPathComponent("plots").path)
            folder.deleteLastPathComponent()
        }
        candidates.append(binary.deletingLastPathComponent().appendingPathComponent("../share/vpcsim/plots").standardized.path)
        candidates.append(FileManager.default.currentDirectoryPath + "/plots")
        return candidates.first { FileManager.default.fileExists(atPath: join($0, "common.gp")) }
    }

    static func run(_ gnuplot: String, arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [gnuplot] + arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw ExperimentError("cannot start gnuplot (\(error)); install it with scripts/install-deps.sh")
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            if process.terminationStatus == 127 {
                throw ExperimentError("gnuplot is not installed; install it with scripts/install-deps.sh")
            }
            throw ExperimentError("gnuplot failed (exit \(process.terminationStatus)) on \(arguments.last ?? ""): \(message)")
        }
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
