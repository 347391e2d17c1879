import SimKernel

extension DataPlane {
    /// Handles one data-plane event (kind in `DataPlaneEventKind.range`); `connectivity` is
    /// the control plane's current view, asked once per generated request.
    @_specialize(where Queue == DefaultEventQueue, View == KnownReachability)
    public mutating func handle<Queue: EventQueue, View: ConnectivityView>(
        _ event: Event, in simulator: inout Simulator<Queue>, connectivity: View
    ) {
        eventsHandled &+= 1
        switch event.kind {
        case DataPlaneEventKind.arrival.rawValue:
            arrive(demand: Int(event.target), in: &simulator, connectivity: connectivity)
        case DataPlaneEventKind.reachService.rawValue:
            reachService(event.target, in: &simulator)
        case DataPlaneEventKind.complete.rawValue:
            complete(event.target, in: &simulator)
        case DataPlaneEventKind.deliver.rawValue:
            deliver(event.target, at: event.time)
        case DataPlaneEventKind.timeout.rawValue:
            timeOut(event.target, at: event.time)
        default:
            handleFaultEvent(event, in: &simulator)
        }
    }

    /// Prefetches what `event`, the likely next one, will read first: for an arrival the
    /// demand's layout record and random streams (cache misses that took about a third of
    /// `arrive`), for a delivery the consumer-side link of the response. Changes nothing.
    @inline(__always)
    public func anticipate(_ event: Event) {
        switch event.kind {
        case DataPlaneEventKind.arrival.rawValue:
            let d = Int(event.target)
            Prefetch.element(of: layout.demands, at: d)
            streams.perDemand.prefetch(group: d)
        case DataPlaneEventKind.deliver.rawValue:
            let s = Int(event.target)
            guard s < slab.records.count else { return }
            let link = slab.records[s].consumerReturnLink
            if link >= 0 { Prefetch.element(of: links.state, at: Int(link)) }
        default:
            break
        }
    }

    // MARK: - A request's life

    /// A demand's request is generated: schedule the next, then send this one.
    mutating func arrive<Queue: EventQueue, View: ConnectivityView>(
        demand d: Int, in simulator: inout Simulator<Queue>, connectivity: View
    ) {
        let now = simulator.now.nanoseconds
        let next = now &+ gap(demand: d)
        let continues = next < endTime
        // The next request's place in the queue (a bucket two seconds ahead, long untouched)
        // is fetched while this one is planned.
        if continues { simulator.prepareToSchedule(at: SimTime(nanoseconds: next)) }
        let sent = send(demand: d, at: now, connectivity: connectivity)
        // Scheduled in the order they always were (events at equal times run in the order
        // they were scheduled): the next request, then this one's arrival at the service.
        if continues {
            simulator.schedule(at: SimTime(nanoseconds: next), kind: DataPlaneEventKind.arrival.rawValue, target: UInt32(d))
        }
        if let sent {
            simulator.schedule(at: SimTime(nanoseconds: sent.time), kind: DataPlaneEventKind.reachService.rawValue,
                               target: sent.slot)
        }
    }

    /// Sends demand `d`'s request generated at `now`: its path, delays and record. Returns
    /// when it reaches the service side and its slot, or nil when it failed at once (and
    /// was counted).
    mutating func send<View: ConnectivityView>(
        demand d: Int, at now: Int64, connectivity: View
    ) -> (time: Int64, slot: UInt32)? {
        statistics.generated += 1
        let demand = layout.demands[d]
        if case .unreachable(let reason) = connectivity.reachability(ofDemand: d) {
            record(failure: RequestFailure.unreachable(reason).code, key: demand.key, start: now, end: now)
            return nil
        }
        let placement = streams.placement(d)
        let u0 = placement.uniform()
        let u1 = placement.uniform()
        let u2 = placement.uniform()
        let clientSlot = health.pick(in: layout.zoneList, start: demand.clientZoneStart, count: demand.clientZoneCount, u: u0)
        let clientZone = layout.zoneList[Int(demand.clientZoneStart) + clientSlot]
        if health.isDown(clientZone) {
            // The client itself is in a dead AZ that nobody has noticed yet.
            record(failure: RequestFailure.azOutage.code, key: demand.key, start: now, end: now)
            return nil
        }
        guard let path = self.path.plan(demand, clientSlot: clientSlot, u1: u1, u2: u2, layout: layout, health: health) else {
            record(failure: RequestFailure.unreachable(.noRoute).code, key: demand.key, start: now, end: now)
            return nil
        }

        // Delays: the base round trip from the network stream (one draw), the rest from hops.
        let c = path.components
        let balancer = demand.balancer
        var forward: Int64 = 0, back: Int64 = 0
        delays.with(Int(demand.path)) { delays in
            let network = streams.network(d)
            let rtt = c.interRegion ? delays.rtt.sample(network)
                : c.sameAZ > 0 ? delays.sameAZ.sample(network) : delays.crossAZ.sample(network)
            forward = Int64(Double(rtt) * delays.forwardShare + 0.5)
            back = rtt &- forward
            guard c.crossAZ > 1 || c.hopsPerWay > 0 || balancer > 0 else { return }
            do {
                let hops = streams.hops(d)
                var extra = c.crossAZ
                while extra > 1 {
                    // A further crossing leg: half each way.
                    let leg = delays.crossAZ.sample(hops)
                    forward &+= leg / 2
                    back &+= leg &- leg / 2
                    extra -= 1
                }
                var n = c.hopsPerWay
                while n > 0 {
                    forward &+= delays.hops[Int(c.hop)].sample(hops)
                    back &+= delays.hops[Int(c.hop)].sample(hops)
                    n -= 1
                }
                if balancer > 0 {
                    // The load balancer in front of the service, once each way.
                    forward &+= delays.balancers[Int(balancer) - 1].sample(hops)
                    back &+= delays.balancers[Int(balancer) - 1].sample(hops)
                }
            }
        }

        var record = RequestRecord()
        record.start = now
        record.backDelay = back
        record.demand = Int32(d)
        record.service = demand.service
        record.key = demand.key
        record.instance = path.instance
        record.zones = path.zones
        record.consumerLink = path.consumerLink
        record.consumerReturnLink = path.consumerReturnLink
        record.providerLink = path.providerLink
        record.providerReturnLink = path.providerReturnLink
        // Connection reuse: every `requestsPerConnection` requests of the demand, one opens a
        // new connection; only those count against the NLB's port-allocation limit.
        if connectionRequestsLeft[d] == 0 {
            connectionRequestsLeft[d] = demand.requestsPerConnection
            if path.connectionLimited {
                record.connectionTuple = path.instance &* tupleStride &+ Int32(path.connectionNode)
            }
        }
        connectionRequestsLeft[d] &-= 1
        var wait: Int64 = 0
        if path.passesCheckpoints {
            // Constant sizes (the usual case) draw nothing, as before; drawn ones take the
            // sizes stream, request first.
            let fixed = fixedSizes[d]
            record.requestBytes = fixed.request >= 0 ? fixed.request
                : requestSizes.with(d) { Self.bytes($0.distribution.sample(streams.sizes(d))) }
            record.responseBytes = fixed.response >= 0 ? fixed.response
                : responseSizes.with(d) { Self.bytes($0.distribution.sample(streams.sizes(d))) }
            if path.consumerLink >= 0 {
                wait = links.pass(Int(path.consumerLink), bytes: record.requestBytes, at: now)
            }
        }
        return (now &+ wait &+ forward, slab.allocate(record))
    }

    /// The request reaches its instance: provider-side checkpoint, connection limit, line.
    mutating func reachService<Queue: EventQueue>(_ slot: UInt32, in simulator: inout Simulator<Queue>) {
        let now = simulator.now.nanoseconds
        let s = Int(slot)
        if health.broken(slab.records[s].zones, since: slab.records[s].start) {
            fail(slot, .azOutage, at: now)
            return
        }
        let providerLink = slab.records[s].providerLink
        if providerLink >= 0 && !slab.records[s].passedProviderCheckpoint {
            slab.records[s].passedProviderCheckpoint = true
            let wait = links.pass(Int(providerLink), bytes: slab.records[s].requestBytes, at: now)
            if wait > 0 {
                simulator.schedule(at: SimTime(nanoseconds: now &+ wait),
                                   kind: DataPlaneEventKind.reachService.rawValue, target: slot)
                return
            }
        }
        let instance = Int(slab.records[s].instance)
        let tuple = slab.records[s].connectionTuple
        if tuple >= 0 {
            // A new connection through the NLB: port-allocation errors beyond the limits.
            let service = Int(slab.records[s].service)
            if stations[instance].inSystem >= simultaneousLimit[service] || !limiter.admit(Int(tuple), at: now) {
                // The connection was refused: the client's next request tries to open another.
                connectionRequestsLeft[Int(slab.records[s].demand)] = 0
                fail(slot, .connectionLimit, at: now)
                return
            }
        }
        slab.records[s].joinedAt = now
        if stations[instance].arrive(slot) {
            startService(slot, at: now, in: &simulator)
        } else {
            let timeout = layout.services[Int(slab.records[s].service)].timeout
            if timeout >= 0 {
                let id = simulator.schedule(at: SimTime(nanoseconds: now &+ timeout),
                                            kind: DataPlaneEventKind.timeout.rawValue, target: slot)
                slab.records[s].timeoutSequence = id.sequence &+ 1
            }
        }
    }

    /// A request takes a free slot of its instance.
    mutating func startService<Queue: EventQueue>(_ slot: UInt32, at now: Int64, in simulator: inout Simulator<Queue>) {
        let s = Int(slot)
        if slab.records[s].timeoutSequence != 0 {
            simulator.cancel(EventID(sequence: slab.records[s].timeoutSequence &- 1))
            slab.records[s].timeoutSequence = 0
        }
        let service = Int(slab.records[s].service)
        if slab.records[s].start >= warmupEnd {
            statistics.serviceWait[service].add(nanoseconds: now &- slab.records[s].joinedAt)
            if slab.records[s].start >= measuredMidpoint {
                statistics.serviceWaitLate[service].add(nanoseconds: now &- slab.records[s].joinedAt)
            }
        }
        slab.records[s].serviceStart = now
        let serviceTime = serviceTimes.with(service) { draw in
            draw.distribution.sampleTime(streams.serviceTimes(service))
        }
        simulator.schedule(at: SimTime(nanoseconds: now &+ serviceTime.nanoseconds),
                           kind: DataPlaneEventKind.complete.rawValue, target: slot)
    }

    /// The instance finishes: free its slot for the next in line, send the response back.
    mutating func complete<Queue: EventQueue>(_ slot: UInt32, in simulator: inout Simulator<Queue>) {
        let now = simulator.now.nanoseconds
        let s = Int(slot)
        let instance = Int(slab.records[s].instance)
        // An outage of the instance's AZ during service already emptied its station.
        let drained = health.wentDown(Int(layout.instanceZone[instance]), since: slab.records[s].serviceStart)
        if !drained, let next = stations[instance].complete() {
            startService(next, at: now, in: &simulator)
        }
        if drained || health.broken(slab.records[s].zones, since: slab.records[s].start) {
            fail(slot, .azOutage, at: now)
            return
        }
        var wait: Int64 = 0
        let providerReturnLink = slab.records[s].providerReturnLink
        if providerReturnLink >= 0 {
            wait = links.pass(Int(providerReturnLink), bytes: slab.records[s].responseBytes, at: now)
        }
        let arrival = now &+ wait &+ slab.records[s].backDelay
        if faults.isEmpty && slab.records[s].consumerReturnLink < 0 {
            // Nothing can meet the response on its way home (no outage, no checkpoint): its
            // round trip ends at `arrival`, with no event of its own.
            succeed(slot, at: arrival)
            if arrival > lastResponse { lastResponse = arrival }
            return
        }
        simulator.schedule(at: SimTime(nanoseconds: arrival), kind: DataPlaneEventKind.deliver.rawValue, target: slot)
    }

    /// The response reaches the client: consumer-side checkpoint, then the round trip ends.
    mutating func deliver(_ slot: UInt32, at now: Int64) {
        let s = Int(slot)
        if health.broken(slab.records[s].zones, since: slab.records[s].start) {
            fail(slot, .azOutage, at: now)
            return
        }
        var wait: Int64 = 0
        let consumerReturnLink = slab.records[s].consumerReturnLink
        if consumerReturnLink >= 0 {
            wait = links.pass(Int(consumerReturnLink), bytes: slab.records[s].responseBytes, at: now)
        }
        succeed(slot, at: now &+ wait)
    }

    /// A waiting request's timeout fires: it leaves the line and fails.
    mutating func timeOut(_ slot: UInt32, at now: Int64) {
        let s = Int(slot)
        slab.records[s].timeoutSequence = 0
        _ = stations[Int(slab.records[s].instance)].abandon(slot)
        fail(slot, .timeout, at: now)
    }

    // MARK: - Ending requests

    /// Ends an in-flight request as a success whose response reached the client at `end`,
    /// and frees its slot.
    @inline(__always)
    mutating func succeed(_ slot: UInt32, at end: Int64) {
        let s = Int(slot)
        let start = slab.records[s].start
        statistics.success(key: Int(slab.records[s].key), window: openWindows > 0 ? 1 : 0,
                           latency: SimTime(nanoseconds: end &- start), measured: start >= warmupEnd)
        slab.release(slot)
    }

    /// Ends an in-flight request as a failure and frees its slot.
    mutating func fail(_ slot: UInt32, _ failure: RequestFailure, at now: Int64) {
        let s = Int(slot)
        record(failure: failure.code, key: slab.records[s].key, start: slab.records[s].start, end: now)
        slab.release(slot)
    }

    /// Counts a failure of a request of result key `key` started at `start`.
    @inline(__always)
    mutating func record(failure code: Int, key: Int32, start: Int64, end: Int64) {
        statistics.failure(key: Int(key), window: openWindows > 0 ? 1 : 0, code: code, measured: start >= warmupEnd)
    }

    /// A drawn size in bytes, clamped to what a request record holds (0 ... 2 GiB).
    @inline(__always)
    static func bytes(_ x: Double) -> Int32 {
        guard x > 0 else { return 0 }
        return x < 2_147_483_647 ? Int32(x + 0.5) : .max   // x > 0: + 0.5 rounds
    }
}
