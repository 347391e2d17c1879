import CloudModel
import ScenarioReading
extension ServiceSpec {
    static let keys = ["name", "vpc", "port", "instances_per_az", "concurrency", "service_time", "timeout", "load_balancer"]

    init(reading reader: NodeReader) throws(ScenarioError) {
        let fields = try reader.mapping(keys: Self.keys)
        self.init(
            name: try fields.required("name").name(),
            vpc: try fields.required("vpc").string(),
            port: try fields.required("port").int(in: 1...65_535),
            instancesPerAZ: try fields.optional("instances_per_az", default: 1) { r throws(ScenarioError) in try r.int(in: 1...Int.max) },
            concurrency: try fields.optional("concurrency", default: 1) { r throws(ScenarioError) in try r.int(in: 1...Int.max) },
            serviceTime: try fields.required("service_time").distribution(.duration),
            timeout: try fields.optional("timeout").map { r throws(ScenarioError) in try r.positiveDuration() },
            loadBalancer: try fields.optional("load_balancer", default: .serviceDefault) { r throws(ScenarioError) in
                try r.choice(LoadBalancerKind.allCases.map { (key: $0.name, value: $0) })
            })
    }
}
