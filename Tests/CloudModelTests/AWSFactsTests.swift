import SimKernel
import Testing
@testable import CloudModel

/// The bundled behaviours must match the values printed in aws-facts.md.
@Suite struct AWSFactsTests {
    @Test func peeringBehaviour() {
        #expect(!AWSFacts.Peering.allowsOverlappingCIDRs)
        #expect(!AWSFacts.Peering.isTransitive)
        #expect(AWSFacts.Peering.expiredVisibleFor == SimTime(nanoseconds: 2 * 86_400 * 1_000_000_000))
        #expect(AWSFacts.Peering.connectionTrackingIdleTimeout.seconds == 5 * 86_400)
    }

    @Test func privateLinkAndTGWCapacities() {
        #expect(AWSFacts.PrivateLink.allowsOverlappingCIDRs)
        #expect(AWSFacts.PrivateLink.tcpIdleTimeout.seconds == 350)
        #expect(AWSFacts.PrivateLink.endpointBandwidthPerAZDefaultGbps == 10)
        #expect(AWSFacts.PrivateLink.endpointBandwidthPerAZMaxGbps == 100)
        #expect(AWSFacts.TransitGateway.packetsPerSecondPerAttachmentPerAZ == 7_500_000)
        #expect(AWSFacts.TransitGateway.mtu == 8_500 && AWSFacts.PrivateLink.mtu == 8_500)
        #expect(!AWSFacts.TransitGateway.routesBetweenOverlappingCIDRs)
    }
}
