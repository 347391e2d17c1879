import SimKernel

/// Runs a data plane on its own, against a fixed or scripted control-plane view: for
/// tests, benchmarks and data-plane-only studies. `vpcsim run` combines the data plane
/// with the control plane in its own handler instead.
public struct DataPlaneRunner<View: ConnectivityView>: EventHandler {
    /// The data plane being run.
    public var plane: DataPlane
    /// The control plane's view it asks for every request.
    public var connectivity: View

    /// A runner of `plane` asking `connectivity` for every request.
    public init(plane: DataPlane, connectivity: View) {
        self.plane = plane
        self.connectivity = connectivity
    }

    /// Hands every event to the data plane.
    public mutating func handle<Queue: EventQueue>(_ event: Event, in simulator: inout Simulator<Queue>) {
        plane.handle(event, in: &simulator, connectivity: connectivity)
    }

    /// Starts the plane, runs until every request has ended (no event is left), closes the
    /// accounting and returns the results; `events` is the engine's count.
    public static func run<Queue: EventQueue>(_ plane: DataPlane, connectivity: View,
                                              queue: Queue.Type) -> (results: DataPlaneResults, events: UInt64) {
        var simulator = Simulator<Queue>()
        var runner = DataPlaneRunner(plane: plane, connectivity: connectivity)
        runner.plane.start(in: &simulator)
        simulator.run(handler: &runner)
        runner.plane.finish()
        return (runner.plane.results, simulator.eventsProcessed)
    }
}
