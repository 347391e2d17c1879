/// The parameters given to one distribution, checked against the family's names, with
/// accessors that turn bad values into messages naming the family and the parameter.
struct ParameterReader {
    let family: DistributionFamily
    let kind: QuantityKind
    private let given: [(name: String, value: String)]

    /// Rejects unknown and repeated names.
    init(family: DistributionFamily, kind: QuantityKind,
         parameters: [(String, String)]) throws(DistributionError) {
        self.family = family
        self.kind = kind
        var seen: [(name: String, value: String)] = []
        for (rawName, rawValue) in parameters {
            let name = QuantityLiteral.trimmed(rawName)
            if name.isEmpty {
                throw DistributionError("\(family.rawValue): a parameter has no name: expected \(family.usage)")
            }
            guard family.parameterNames.contains(name) else {
                throw DistributionError("\(family.rawValue): unknown parameter \"\(name)\": expected \(family.usage)")
            }
            if seen.contains(where: { $0.name == name }) {
                throw DistributionError("\(family.rawValue): parameter \(name)= is given twice")
            }
            seen.append((name, QuantityLiteral.trimmed(rawValue)))
        }
        given = seen
    }

    func has(_ name: String) -> Bool { given.contains { $0.name == name } }

    /// The text of a required parameter.
    func text(_ name: String) throws(DistributionError) -> String {
        guard let value = given.first(where: { $0.name == name })?.value else {
            throw DistributionError("\(family.rawValue): missing parameter \(name)=: expected \(family.usage)")
        }
        return value
    }

    /// A required parameter in the distribution's quantity kind.
    func quantity(_ name: String) throws(DistributionError) -> Quantity {
        let value = try text(name)
        do {
            return try Quantity(parsing: value, kind: kind)
        } catch {
            throw DistributionError("\(family.rawValue): parameter \(name): \(error.message)")
        }
    }

    /// A required plain-number parameter (`shape`, `sigma`, `mu`).
    func number(_ name: String) throws(DistributionError) -> Double {
        let value = try text(name)
        do {
            return try Quantity.parseNumber(value)
        } catch {
            throw DistributionError("\(family.rawValue): parameter \(name): \(error.message)")
        }
    }

    /// An error about this family.
    func failure(_ message: String) -> DistributionError {
        DistributionError("\(family.rawValue): \(message)")
    }

    /// Checks `value > 0`, saying which parameter was not.
    func requirePositive(_ name: String, _ value: Double, shown: String) throws(DistributionError) {
        guard value > 0 else { throw failure("\(name) must be above zero, got \(shown)") }
    }
}
