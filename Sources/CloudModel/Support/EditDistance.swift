/// Levenshtein distance and closest-name suggestions, for "did you mean …?" in error messages.
public enum EditDistance {
    /// The minimum number of single-character insertions, deletions and substitutions that
    /// turn `a` into `b` (Levenshtein, 1966), over Unicode characters.
    public static func between(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// The candidate closest to `word`; ties go to the earlier candidate, so the answer is
    /// deterministic for a fixed candidate order. Nil only when there are no candidates.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let d = between(word, candidate)
            if best == nil || d < best!.distance { best = (candidate, d) }
        }
        return best?.name
    }
}
