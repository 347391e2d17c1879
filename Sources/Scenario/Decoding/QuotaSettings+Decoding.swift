// PENDING: quota names are checked against CloudModel's catalog when it lands.
extension QuotaSettings {
    init(reading reader: NodeReader) throws(ScenarioError) {
        var preset = Preset.maximum
        var values: [(name: String, limit: Limit)] = []
        for (key, value) in try reader.freeMapping() {
            if key.text == "preset" {
                preset = try value.choice(["maximum": Preset.maximum, "aws-defaults": Preset.awsDefaults])
            } else if case .scalar(let scalar) = value.node, scalar.text == "unlimited" {
                values.append((key.text, .unlimited))
            } else {
                values.append((key.text, .value(try value.int(in: 0...Int.max))))
            }
        }
        self.init(preset: preset, values: values)
    }
}
