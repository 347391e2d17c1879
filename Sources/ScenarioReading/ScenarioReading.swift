// The ScenarioReading module: the typed readers over a scenario's YAML tree, below both
// Strategies and Scenario, so that each design reads its own options section in its own
// folder (`Sources/Strategies/<Design>/<Design>Settings+Decoding.swift`) while Scenario
// parses the file and drives the reading.
//
// Folders:
//   Errors/   ScenarioError and SourceLocation: every reader's error, located at its node.
//   Reader/   The document tree (YAMLNode, independent of the YAML library), key paths, and
//             NodeReader/MappingReader: strict typed reads (numbers, choices, quantities,
//             distributions, CIDR blocks) with "did you mean" suggestions.
//
// Parsing text into the tree (Yams) stays in Scenario: this module has no YAML library.
