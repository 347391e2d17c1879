/// "Did you mean ...?": the closest candidate to a misspelt word.
enum Suggestion {
    /// The candidate nearest to `word` by edit distance (ignoring case), when it is close
    /// enough to be a plausible typo: at most a third of the word's length, and at least 2
    /// edits allowed. Ties go to the earlier candidate, so the answer is deterministic.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        let limit = max(2, target.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars))
            if distance <= limit && distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// Levenshtein distance (insertions, deletions, substitutions each cost 1).
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// `"; did you mean 'x'?"` when a close candidate exists, otherwise
    /// `"; expected one of: a, b, c"` (empty when there are no candidates).
    static func hint(for word: String, among candidates: [String]) -> String {
        if let match = closest(to: word, among: candidates) {
            return "; did you mean '\(match)'?"
        }
        if candidates.isEmpty { return "" }
        return "; expected one of: " + candidates.joined(separator: ", ")
    }
}
