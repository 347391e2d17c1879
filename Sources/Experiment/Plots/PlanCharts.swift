import Strategies

/// The charts of a `vpcsim plan` folder: per objective, its metric at every probe against the
/// planned parameter, one line per design with its 95 % interval, the threshold drawn, and
/// each design's answer (or undecided probe) ringed.
enum PlanCharts {
    /// With a grid, one line per design and grid point, a dash pattern per grid point.
    static func jobs(_ points: [PlanGrid.Point]) -> [PlotJob] {
        guard let planner = points.first?.planner else { return [] }
        let lines = points.enumerated().flatMap { g, point in
            point.answers.map { answer in
                (answer: answer, title: answer.strategy.rawValue + (point.fixed.isEmpty ? "" : " (\(point.label))"), dash: g % 8 + 1)
            }
        }
        return planner.base.objectives.enumerated().compactMap { index, objective in
            let series = lines.map { line in
                PlotSeries(title: line.title, color: StrategyStyle.color(line.answer.strategy), dash: line.dash,
                           points: line.answer.probes.sorted { $0.value < $1.value }.map { probe in
                               let e = probe.estimates[index]
                               return [probe.value, e.mean, e.low ?? e.mean, e.high ?? e.mean]
                           })
            }
            guard series.contains(where: { $0.points.contains { $0[1] != nil } }) else { return nil }
            let marks = lines.map { line in
                PlotSeries(title: line.title, color: StrategyStyle.color(line.answer.strategy), dash: line.dash,
                           points: line.answer.value.map { [[$0.value, $0.estimates[index].mean]] } ?? [[nil, nil]])
            }
            let word = answer(planner.direction)
            // Overloaded probes (seconds to minutes) next to healthy ones (milliseconds): log y.
            let drawn = series.flatMap { $0.points.flatMap { $0.dropFirst().compactMap { $0 } } }
            let logy = PlotSet.wideRange(drawn + [objective.threshold])
            return PlotJob(
                name: "plan-objective-\(index + 1)", template: "plan-objective.gp",
                data: [("data", PlotSeries.dataFile(series)), ("marks", PlotSeries.dataFile(marks))],
                variables: [("n", String(series.count)),
                            ("colors", PlotJob.string(series.map(\.color).joined(separator: " "))),
                            ("dashes", PlotJob.string(series.map { String($0.dash) }.joined(separator: " "))),
                            ("xlabel", PlotJob.string(planner.parameter)),
                            ("ylabel", PlotJob.string(objective.label)),
                            ("threshold", PlotSeries.number(objective.threshold)),
                            ("logy", logy ? "1" : "0"),
                            ("title", PlotJob.string("\(objective.sentence): every probe (bars: 95 % interval), "
                                                     + "\(word) ringed"))])
        }
    }

    static func answer(_ direction: Planner.Direction) -> String {
        direction == .minimize ? "smallest passing value" : "largest passing value"
    }
}
