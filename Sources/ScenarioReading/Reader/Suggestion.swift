import CloudModel

/// "Did you mean ...?": the closest candidate to a misspelt word.
package enum Suggestion {
    /// The candidate nearest to `word` by edit distance (ignoring case), when it is close
    /// enough to be a plausible typo: at most a third of the word's length, and at least 2
    /// edits allowed. Ties go to the earlier candidate, so the answer is deterministic.
    package static func closest(to word: String, among candidates: [String]) -> String? {
        let target = word.lowercased()
        let limit = max(2, target.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = EditDistance.between(target, candidate.lowercased())
            if distance <= limit && distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// `"; did you mean 'x'?"` when a close candidate exists, otherwise
    /// `"; expected one of: a, b, c"` (empty when there are no candidates).
    package static func hint(for word: String, among candidates: [String]) -> String {
        if let match = closest(to: word, among: candidates) {
            return "; did you mean '\(match)'?"
        }
        if candidates.isEmpty { return "" }
        return "; expected one of: " + candidates.joined(separator: ", ")
    }
}
