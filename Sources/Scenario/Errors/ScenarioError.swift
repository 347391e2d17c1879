import ScenarioReading

/// The error every reader of a scenario throws, and where it points: defined with the
/// readers in ScenarioReading (which the designs' option decoding in Strategies also uses),
/// named here so that code importing Scenario alone can catch and print it.
public typealias ScenarioError = ScenarioReading.ScenarioError
public typealias SourceLocation = ScenarioReading.SourceLocation
