import Foundation
import Scenario

/// The files `vpcsim plan` writes: `plan.csv` (one row per design), `probes.csv` (every
/// probe) and `plan.md` (the answer per design in one sentence, with its evidence). With
/// `--grid`, each row starts with the grid point's fixed settings (one column per path) and
/// `plan.md` has a section per grid point.
public enum PlanReport {
    /// Decimals of the estimates in the CSV files.
    public static let decimals = 6

    /// Writes the three files into `folder` (created if needed).
    public static func write(_ answers: [Planner.Answer], planner: Planner, folder: String) throws {
        try write([PlanGrid.Point(fixed: [], planner: planner, answers: answers)], folder: folder)
    }

    /// Writes the three files for every grid point into `folder` (created if needed).
    public static func write(_ points: [PlanGrid.Point], folder: String, ignored: [String]? = nil) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try AtomicFile.write(planTable(points).rendered(), to: folder + "/plan.csv")
        try AtomicFile.write(probesTable(points).rendered(), to: folder + "/probes.csv")
        try AtomicFile.write(markdown(points, ignored: ignored), to: folder + "/plan.md")
    }

    /// The grid's columns: the fixed settings' paths (those of the first point).
    static func gridColumns(_ points: [PlanGrid.Point]) -> [String] {
        points.first?.fixed.map(\.path) ?? []
    }

    static func number(_ value: Double?) -> String {
        value.map { NumberFormat.fixed($0, decimals: decimals) } ?? ""
    }

    /// `strategy, parameter, answer, status, neighbour`, then per objective its mean and
    /// interval at the answer and at the neighbour, then `simulations`.
    public static func planTable(_ answers: [Planner.Answer], planner: Planner) -> CSVTable {
        planTable([PlanGrid.Point(fixed: [], planner: planner, answers: answers)])
    }

    public static func planTable(_ points: [PlanGrid.Point]) -> CSVTable {
        guard let first = points.first else { return CSVTable(header: []) }
        let objectives = first.planner.base.objectives
        var header = gridColumns(points) + ["strategy", "parameter", "answer", "status", "neighbour"]
        for objective in objectives {
            for at in ["answer", "neighbour"] {
                header += ["\(objective.label)_at_\(at)", "\(objective.label)_at_\(at)_ci95_low",
                           "\(objective.label)_at_\(at)_ci95_high"]
            }
        }
        header.append("simulations")
        var table = CSVTable(header: header)
        for point in points {
            for answer in point.answers {
                var row = point.fixed.map(\.valueText)
                row += [answer.strategy.rawValue, point.planner.parameter, answer.value?.text ?? "", answer.status.rawValue,
                        answer.neighbour?.text ?? ""]
                for index in objectives.indices {
                    for probe in [answer.value, answer.neighbour] {
                        let e = probe?.estimates[index]
                        row += [number(e?.mean), number(e?.low), number(e?.high)]
                    }
                }
                row.append(String(answer.simulations))
                table.append(row)
            }
        }
        return table
    }

    /// Every probe in the order run, per design.
    public static func probesTable(_ answers: [Planner.Answer], planner: Planner) -> CSVTable {
        probesTable([PlanGrid.Point(fixed: [], planner: planner, answers: answers)])
    }

    public static func probesTable(_ points: [PlanGrid.Point]) -> CSVTable {
        guard let first = points.first else { return CSVTable(header: []) }
        let objectives = first.planner.base.objectives
        var header = gridColumns(points) + ["strategy", "value", "replications", "verdict", "utilisation", "overloaded"]
        for objective in objectives {
            header += [objective.label, "\(objective.label)_ci95_low", "\(objective.label)_ci95_high",
                       "\(objective.label)_verdict"]
        }
        var table = CSVTable(header: header)
        for point in points {
            for answer in point.answers {
                for probe in answer.probes {
                    var row = point.fixed.map(\.valueText)
                    row += [answer.strategy.rawValue, probe.text, String(probe.replications), probe.verdict.rawValue,
                               probe.utilisation.map { NumberFormat.fixed($0, decimals: 3) } ?? "", probe.overloaded ? "1" : "0"]
                    for e in probe.estimates { row += [number(e.mean), number(e.low), number(e.high), e.verdict.rawValue] }
                    table.append(row)
                }
            }
        }
        return table
    }

    /// `9.21 [9.1, 9.3]`.
    static func estimate(_ e: PlanProbe.Estimate) -> String {
        guard let mean = e.mean else { return "no value" }
        let text = ReportNumber.format(mean)
        guard let low = e.low, let high = e.high else { return text }
        return low == high ? text : "\(text) [\(ReportNumber.format(low)), \(ReportNumber.format(high))]"
    }

    static func evidence(_ probe: PlanProbe, _ objectives: [Objective]) -> String {
        "at \(probe.text): " + zip(objectives, probe.estimates).map { o, e in
            "\(o.metric.rawValue) \(estimate(e)) (\(e.verdict.rawValue))"
        }.joined(separator: ", ") + " over \(probe.replications) replications" + (probe.overloaded ? ", overloaded" : "")
    }

    /// The answer per design in one sentence each, with its evidence.
    public static func markdown(_ answers: [Planner.Answer], planner: Planner) -> String {
        markdown([PlanGrid.Point(fixed: [], planner: planner, answers: answers)])
    }

    /// The answers of every grid point (a section each when there is a grid).
    public static func markdown(_ points: [PlanGrid.Point], ignored: [String]? = nil) -> String {
        guard let planner = points.first?.planner else { return "" }
        let objectives = planner.base.objectives
        let word = planner.direction == .minimize ? "smallest" : "largest"
        let rangeText = "\(planner.range.text(planner.range.low))..\(planner.range.text(planner.range.high))"
        let grid = !gridColumns(points).isEmpty
        var out = "# Plan: \(planner.base.name)\n\n"
        out += "The \(word) `\(planner.parameter)` in \(rangeText) at which every objective holds, per design"
            + (grid ? ", at each combination of \(gridColumns(points).map { "`\($0)`" }.joined(separator: ", "))" : "") + ".\n\n"
        out += "## What was run\n\n"
        out += "- Scenario: `\(planner.path)`, seed \(planner.base.seed); every probe uses the same replication seeds "
            + "(common random numbers).\n"
        if let ignored {
            out += "- The grid's own values of `\(planner.parameter)` (\(ignored.joined(separator: ", "))) are replaced by the range.\n"
        }
        out += "- Objectives: " + objectives.map { "`\($0.sentence)`" }.joined(separator: "; ") + ".\n"
        out += "- Search: galloping then bisection" + (planner.range.isInteger ? " to adjacent whole numbers"
            : " to \(ReportNumber.format(planner.tolerance * 100)) % of the value")
        out += "; at each probe, replications in batches of \(Planner.batch) until every objective's 95 % interval "
            + "is clear of its threshold, at most \(planner.maxReplications).\n\n"
        out += "## Answers\n\n"
        for point in points {
            if grid { out += "### \(point.label)\n\n" }
            out += answerLines(point.answers, planner: point.planner, word: word, rangeText: rangeText)
            if grid { out += "\n" }
        }
        let answers = points.flatMap(\.answers)
        let simulations = answers.reduce(0) { $0 + $1.simulations }
        out += (grid ? "" : "\n") + "\(simulations) simulations in all"
        if planner.range.isInteger {
            let values = Int(planner.range.high - planner.range.low) + 1
            out += "; a grid sweep over the \(values) values at the same cap of \(planner.maxReplications) replications "
                + "would run up to \(values * planner.maxReplications * answers.count)"
        }
        out += ". Every probe is in `probes.csv`; the answers with their intervals in `plan.csv`.\n"
        return out
    }

    /// For an undecided answer, the best value probed that clearly passed, so the reader has a
    /// safe figure to act on.
    static func clearBound(_ answer: Planner.Answer, direction: Planner.Direction) -> String? {
        let passing = answer.probes.filter { $0.verdict == .pass }
        let best = direction == .minimize ? passing.min { $0.value < $1.value } : passing.max { $0.value < $1.value }
        let word = direction == .minimize ? "smallest" : "largest"
        return best.map { "the \(word) value probed that clearly meets every objective is \($0.text)" }
    }

    static func answerLines(_ answers: [Planner.Answer], planner: Planner, word: String, rangeText: String) -> String {
        let objectives = planner.base.objectives
        var out = ""
        for answer in answers {
            let name = "**\(answer.strategy.rawValue)**"
            switch answer.status {
            case .met:
                guard let value = answer.value else { continue }
                out += "- \(name): the \(word) `\(planner.parameter)` that meets every objective is **\(value.text)** ("
                    + evidence(value, objectives)
                out += answer.neighbour.map { "; the neighbouring value fails: " + evidence($0, objectives) } ?? ""
                out += "); \(answer.probes.count) probes, \(answer.simulations) simulations.\n"
            case .noneInRange:
                out += "- \(name): no value in \(rangeText) meets every objective ("
                    + (answer.neighbour.map { evidence($0, objectives) } ?? "") + "); "
                    + "\(answer.probes.count) probes, \(answer.simulations) simulations.\n"
            case .undecided:
                guard let value = answer.value else { continue }
                out += "- \(name): undecided at \(value.text): after \(value.replications) replications an objective's "
                    + "95 % interval still includes its threshold (" + evidence(value, objectives) + ")"
                out += clearBound(answer, direction: planner.direction).map { "; " + $0 } ?? ""
                out += "; raise `--max-replications` or the scenario's `duration`"
                    + (planner.range.isInteger ? "" : ", or accept a coarser `--tolerance`")
                    + ". \(answer.probes.count) probes, \(answer.simulations) simulations.\n"
            }
        }
        return out
    }
}
