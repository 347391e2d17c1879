import CloudModel
import Scenario
import SimKernel
import Strategies
import Testing
@testable import Experiment

/// How a scenario becomes what the engine runs: the control-plane configuration and faults.
@Suite struct BindingTests {
    @Test func configurationCarriesTheScenariosChoices() throws {
        let text = """
            vpcs:
              - {name: a, region: us-east-1, cidrs: [10.1.0.0/16]}
            seed: 9
            peering: {mesh: needed}
            control_plane: {route_create: 1s}
            quotas: {peerings_per_vpc: 7}

            """
        let scenario = try ScenarioLoader.load(text: text, displayName: "s.yaml")
        let configuration = scenario.controlPlaneConfiguration(replication: 3)
        #expect(configuration.seed == 9)
        #expect(configuration.replication == 3)
        #expect(configuration.options.peering.mesh == .needed)
        #expect(configuration.delays[SharedDelays.routeCreate] == .constant(.duration(.seconds(1))))
        #expect(configuration.quotas[.peeringsPerVPC] == .limited(7))
        #expect(configuration.prices == PriceTable.listPrices)
    }

    @Test func faultsMapToTheDataPlane() {
        let outage = FaultSpec.azOutage(at: .seconds(60), region: "eu-west-2", az: 3, duration: .seconds(30))
        #expect(outage.dataPlaneFault(regions: ["us-east-1", "eu-west-2"])
                == .zoneOutage(.init(region: 1, zone: 2, start: .seconds(60), duration: .seconds(30),
                                     detection: FaultSpec.defaultDetection)))
        #expect(outage.dataPlaneFault(regions: ["us-east-1"]) == nil)
        let deletion = FaultSpec(at: .seconds(90), target: .peering("a", "b"))
        #expect(deletion.dataPlaneFault(regions: []) == .connectionLoss(at: .seconds(90)))
    }

    @Test func faultsMapToTheControlPlaneByKindAndIndex() throws {
        let text = """
            vpcs:
              - {name: a, region: us-east-1, cidrs: [10.1.0.0/16]}
              - {name: b, region: us-east-1, cidrs: [10.2.0.0/16]}
            services:
              - {name: api, vpc: a, port: 443, instances_per_az: 1, concurrency: 4, service_time: 5ms}

            """
        let topology = try ScenarioLoader.load(text: text, displayName: "s.yaml").topology(replication: 0)
        #expect(FaultSpec(at: .seconds(1), target: .peering("b", "a")).controlPlaneFault(in: topology)
                == .peeringDeletion(between: 1, and: 0))
        #expect(FaultSpec(at: .seconds(1), target: .endpoint(consumer: "b", service: "api")).controlPlaneFault(in: topology)
                == .endpointRejection(consumer: 1, service: 0))
        #expect(FaultSpec(at: .seconds(1), target: .peering("a", "z")).controlPlaneFault(in: topology) == nil)
        #expect(FaultSpec.azOutage(at: .seconds(1), region: "us-east-1", az: 1).controlPlaneFault(in: topology) == nil)
    }
}
