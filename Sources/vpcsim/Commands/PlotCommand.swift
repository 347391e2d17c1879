import ArgumentParser
import Experiment
import Foundation

/// `vpcsim plot DIR`: renders the folder's charts as PNG and SVG into `DIR/plots/`.
struct PlotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plot",
        abstract: "Render charts with gnuplot (PNG and SVG) into DIR/plots/.",
        discussion: """
            A sweep folder gets connections, route entries (all tables and the fullest) and \
            monthly cost against VPCs on log-log axes with the quota lines, p50/p99 latency and \
            time to connect with 95 % confidence bars; a run folder gets latency per region pair \
            and the control plane over time. One colour per strategy in every chart. The \
            templates are gnuplot scripts in plots/ (found next to the build, or with --templates \
            or $VPCSIM_PLOTS).
            """)

    @Argument(help: "A run or sweep output folder.")
    var folder: String

    @Option(help: "The folder of gnuplot templates (default: the source tree's plots/).")
    var templates: String?

    func run() throws {
        try CommandFailure.run {
            let results = try ResultFolder.load(path: folder)
            guard let templates = PlotRenderer.templatesFolder(explicit: templates, executable: Bundle.main.executablePath ?? CommandLine.arguments[0]) else {
                throw ExperimentError("cannot find the gnuplot templates (plots/common.gp); pass --templates DIR or set VPCSIM_PLOTS")
            }
            for file in try PlotRenderer.render(results, templates: templates) { print(file) }
        }
    }
}
