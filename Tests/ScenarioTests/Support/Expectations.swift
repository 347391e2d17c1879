import Testing
@testable import Scenario

/// The error loading `text` throws, or nil when it loads.
func loadError(_ text: String, file: String = "test.yaml") -> ScenarioError? {
    do {
        _ = try ScenarioLoader.load(text: text, displayName: file)
        return nil
    } catch {
        return error
    }
}

/// Expects loading `text` to fail at `line`:`column` on `keyPath`, with a message that
/// contains every string of `mentions`.
func expectError(_ text: String, line: Int, column: Int, keyPath: String, mentions: [String],
                 file: String = "test.yaml",
                 sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    guard let error = loadError(text, file: file) else {
        Issue.record("expected an error, but the text loaded", sourceLocation: sourceLocation)
        return
    }
    #expect(error.file == file, sourceLocation: sourceLocation)
    #expect(error.line == line, "\(error)", sourceLocation: sourceLocation)
    #expect(error.column == column, "\(error)", sourceLocation: sourceLocation)
    #expect(error.keyPath == keyPath, "\(error)", sourceLocation: sourceLocation)
    for mention in mentions {
        #expect(error.message.contains(mention), "'\(mention)' not in: \(error)", sourceLocation: sourceLocation)
    }
}

/// Loads `text`, recording an issue (and returning nil) if it fails.
func load(_ text: String, file: String = "test.yaml",
          sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Scenario? {
    do {
        return try ScenarioLoader.load(text: text, displayName: file)
    } catch {
        Issue.record("unexpected error: \(error)", sourceLocation: sourceLocation)
        return nil
    }
}
