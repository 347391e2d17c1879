import CloudModel
import SimKernel

/// Capacities and bookkeeping choices of the data plane. The defaults are AWS's documented
/// figures (`AWSFacts`); a study may lower them to see where a design saturates.
///
/// What happens above each limit follows the real service:
/// - **Bandwidth and packet rate** (endpoint per AZ, TGW attachment per AZ) **queue**: AWS
///   drops packets beyond them and TCP retransmits and slows down, so the bytes arrive
///   later rather than never. Each limit is a FIFO link of that rate; a message waits
///   until the ones ahead have passed. Its own transmission time is not added (the
///   measured round trips already contain it at normal load).
/// - **The NLB's new connections per target fail** beyond its port-allocation limit: AWS
///   says errors become "likely" past about 55,000 per minute (or at once) per (NLB node
///   address, target) tuple; ⚠ vpcsim refuses every new connection past the figure and none
///   below it (AWS gives no probability). Only the requests that open a connection count:
///   one in each traffic entry's `requests_per_connection` (`ConnectionReuse`); the others
///   ride an open connection. After a refusal the client's next request opens a new
///   connection again, so while a target is past the limit nearly all its requests fail.
public struct DataPlaneOptions: Equatable, Sendable {
    /// Interface endpoint bandwidth per AZ and direction, Gbps. Default: 100, the figure
    /// endpoints scale to automatically (`AWSFacts.PrivateLink.endpointBandwidthPerAZMaxGbps`);
    /// the scaling from 10 Gbps is not modelled. Whether the figure is per direction is not
    /// documented (⚠ assumption, as for the TGW).
    public var endpointBandwidthPerAZGbps: Double
    /// Transit Gateway VPC attachment bandwidth per AZ and direction, Gbps. Default: 100.
    public var tgwBandwidthPerAZGbps: Double
    /// Transit Gateway VPC attachment packets per second per AZ. Default: 7,500,000.
    public var tgwPacketsPerSecondPerAZ: Double
    /// MTU used to count packets, bytes (8,500 on TGW and endpoints); 40 bytes of IP and TCP
    /// headers per packet leave the payload.
    public var mtu: Int
    /// New connections an NLB opens to one target per minute, per NLB node address that
    /// reaches it. Default: 55,000.
    public var nlbConnectionsPerTargetPerMinute: Int
    /// Simultaneous connections through PrivateLink to one target, per NLB node address that
    /// reaches it (counted as the target's requests in service or waiting, each holding a
    /// connection). Default: 55,000.
    public var nlbSimultaneousConnectionsPerTarget: Int
    /// Histogram precision and range; nil means `LatencyHistogram.Configuration.standard`
    /// (3 significant digits, 1 ns .. 1 h: quantiles within 0.049 % of the recorded value of
    /// their rank) whatever the number of histograms the run holds. Each histogram's memory
    /// follows the spread of its own values (about 4 KiB per doubling from its smallest to
    /// its largest latency, at most 131 KiB), so no precision is given up for size.
    public var histogram: LatencyHistogram.Configuration?

    public init(endpointBandwidthPerAZGbps: Double = AWSFacts.PrivateLink.endpointBandwidthPerAZMaxGbps,
                tgwBandwidthPerAZGbps: Double = AWSFacts.TransitGateway.bandwidthPerAttachmentPerAZGbps,
                tgwPacketsPerSecondPerAZ: Double = AWSFacts.TransitGateway.packetsPerSecondPerAttachmentPerAZ,
                mtu: Int = AWSFacts.TransitGateway.mtu,
                nlbConnectionsPerTargetPerMinute: Int = AWSFacts.PrivateLink.nlbConnectionsPerTargetPerMinute,
                nlbSimultaneousConnectionsPerTarget: Int = AWSFacts.PrivateLink.nlbSimultaneousConnectionsPerTarget,
                histogram: LatencyHistogram.Configuration? = nil) {
        self.endpointBandwidthPerAZGbps = endpointBandwidthPerAZGbps
        self.tgwBandwidthPerAZGbps = tgwBandwidthPerAZGbps
        self.tgwPacketsPerSecondPerAZ = tgwPacketsPerSecondPerAZ
        self.mtu = mtu
        self.nlbConnectionsPerTargetPerMinute = nlbConnectionsPerTargetPerMinute
        self.nlbSimultaneousConnectionsPerTarget = nlbSimultaneousConnectionsPerTarget
        self.histogram = histogram
    }

    /// The histogram configuration a run uses: `histogram`, else the standard one.
    public var histogramConfiguration: LatencyHistogram.Configuration { histogram ?? .standard }

    /// `count` idle Transit Gateway attachment interfaces, one AZ and one direction each, at
    /// the attachment capacity above (the designs that pass a TGW all take it from here).
    func tgwAttachmentLinks(count: Int) -> CapacityLinks {
        CapacityLinks(count: count, gbps: tgwBandwidthPerAZGbps, packetsPerSecond: tgwPacketsPerSecondPerAZ, mtu: mtu)
    }

    /// `count` idle interface-endpoint interfaces, one AZ and one direction each, at the
    /// endpoint bandwidth above (no packet-rate limit is published for endpoints).
    func endpointInterfaceLinks(count: Int) -> CapacityLinks {
        CapacityLinks(count: count, gbps: endpointBandwidthPerAZGbps, packetsPerSecond: nil, mtu: mtu)
    }
}
