/// Scenario names for imported resources: a VPC's `Name` tag (else its id), a target group's
/// name, made valid (letters, digits, '.', '_', '-', starting with a letter or digit: the
/// scenario language's rule) and unique (a repeated name gets the resource id appended).
struct ScenarioNames {
    private var used: Set<String> = []

    /// `preferred` made valid, or `id` when nothing of it is left; unique among the names given so far.
    mutating func name(preferred: String?, id: String) -> String {
        var base = preferred.map(Self.valid) ?? ""
        if base.isEmpty { base = Self.valid(id) }
        var candidate = base
        if used.contains(candidate) { candidate = "\(base)-\(Self.valid(id))" }
        var n = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(Self.valid(id))-\(n)"
            n += 1
        }
        used.insert(candidate)
        return candidate
    }

    /// Every character outside the allowed set becomes '-'; leading '.', '_' and '-' are dropped.
    static func valid(_ text: String) -> String {
        let mapped = String(text.unicodeScalars.map { s -> Character in
            s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || "._-".unicodeScalars.contains(s)) ? Character(s) : "-"
        })
        return String(mapped.drop { $0 == "." || $0 == "_" || $0 == "-" })
    }
}
