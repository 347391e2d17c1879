// PENDING: moves to CloudModel's region catalog when it exists.
/// Regions the simulator has sourced latency data for, so a scenario may use them without
/// declaring them (the `from_region` column of the bundled RTT table, CloudPing 2024-25).
enum BuiltInRegions {
    static let names = [
        "us-east-1", "us-east-2", "us-west-1", "us-west-2",
        "eu-west-1", "eu-west-2", "eu-central-1",
        "ap-northeast-1", "ap-south-1", "ap-southeast-1", "ap-southeast-2",
        "sa-east-1",
    ]
}
