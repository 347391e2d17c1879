/// A target group the writer turned into a scenario service: its name, its VPC's scenario
/// name and Region, and the group it came from (flow-log traffic is keyed by it).
struct ImportedService: Sendable {
    var name: String
    var vpc: String
    var region: String
    var groupArn: String
}
