extension PriceTable {
    /// NLCUs consumed in one hour: the largest of the three dimensions (new connections per
    /// second, active connections, GB processed per hour), each divided by its per-NLCU size.
    public func nlcus(newConnectionsPerSecond: Double, activeConnections: Double, processedGBPerHour: Double) -> Double {
        max(newConnectionsPerSecond / self[.nlcuNewConnectionsPerSecond],
            activeConnections / self[.nlcuActiveConnections],
            processedGBPerHour / self[.nlcuProcessedGBPerHour], 0)
    }

    /// LCUs an Application Load Balancer consumes in one hour: the largest of its four
    /// dimensions, each divided by its per-LCU size. Rule evaluations per second are the
    /// request rate times the rules processed per request beyond the free ones
    /// (`lcu_free_rules`).
    public func lcus(newConnectionsPerSecond: Double, activeConnections: Double, processedGBPerHour: Double,
                     requestsPerSecond: Double, rulesPerRequest: Double) -> Double {
        let evaluations = requestsPerSecond * max(0, rulesPerRequest - self[.lcuFreeRules])
        return max(newConnectionsPerSecond / self[.lcuNewConnectionsPerSecond],
                   activeConnections / self[.lcuActiveConnections],
                   processedGBPerHour / self[.lcuProcessedGBPerHour],
                   evaluations / self[.lcuRuleEvaluationsPerSecond], 0)
    }
}
