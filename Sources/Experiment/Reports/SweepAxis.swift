/// One varied parameter seen as an axis: the points grouped by the values of every other
/// parameter, each group in the order of this parameter's values. An axis whose parameter
/// changes the VPC count is placed by VPCs (the count the runs report); any other by the
/// parameter's value.
struct SweepAxis {
    /// Points that share every other parameter's value, along the axis.
    struct Group {
        /// `path = value` of every other parameter (empty with one parameter).
        var fixed: [String]
        var records: [PointRecord]

        /// `(traffic.1.rate = 1/s)`, or empty.
        var suffix: String { fixed.isEmpty ? "" : " (" + fixed.joined(separator: ", ") + ")" }
    }

    /// The parameter's index in the grid.
    let parameter: Int
    /// The parameter's path.
    let path: String
    /// Whether moving along the axis changes the VPC count.
    let drivesVPCs: Bool
    let groups: [Group]
    private let vpcs: [Int: Double]
    private let valueIndex: [Int: Int]

    /// The axes of `results`, one per parameter, in grid order.
    static func axes(of results: SweepResults) -> [SweepAxis] {
        var vpcs: [Int: Double] = [:]
        for record in results.records where !record.rows.isEmpty {
            vpcs[record.point] = record.rows.reduce(0.0) { $0 + Double($1.vpcs) } / Double(record.rows.count)
        }
        let parameters = results.layout.parameters
        return parameters.indices.map { p in
            var groups: [[String]: [PointRecord]] = [:]
            var order: [[String]] = []
            for record in results.records {
                var key = record.values
                key.remove(at: p)
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(record)
            }
            var valueIndex: [Int: Int] = [:]
            for record in results.records {
                valueIndex[record.point] = parameters[p].values.firstIndex(of: record.values[p]) ?? 0
            }
            let others = parameters.indices.filter { $0 != p }.map { parameters[$0].path }
            let built = order.map { key in
                Group(fixed: zip(others, key).map { "\($0) = \($1)" },
                      records: groups[key]!.sorted { valueIndex[$0.point]! < valueIndex[$1.point]! })
            }
            let drives = built.contains { group in
                Set(group.records.compactMap { vpcs[$0.point] }).count > 1
            }
            return SweepAxis(parameter: p, path: parameters[p].path, drivesVPCs: drives, groups: built,
                             vpcs: vpcs, valueIndex: valueIndex)
        }
    }

    /// The axis charts use: the first that drives the VPC count, else the first parameter.
    static func primary(of results: SweepResults) -> SweepAxis? {
        let all = axes(of: results)
        return all.first(where: \.drivesVPCs) ?? all.first
    }

    /// Where `record` sits: its mean VPC count, or the index of its value.
    func x(_ record: PointRecord) -> Double {
        drivesVPCs ? (vpcs[record.point] ?? 0) : Double(valueIndex[record.point] ?? 0)
    }

    /// `160 VPCs` or `traffic.1.rate = 10/s`.
    func label(_ record: PointRecord) -> String {
        drivesVPCs ? "\(ReportNumber.format(vpcs[record.point] ?? 0, count: true)) VPCs" : "\(path) = \(record.values[parameter])"
    }

    /// The point's own value of the axis parameter, as written.
    func value(_ record: PointRecord) -> String { record.values[parameter] }
}
