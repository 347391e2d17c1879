import SimKernel

/// The quotas in force for one run: a preset plus per-key overrides.
///
/// Resolution, in order:
/// 1. every quota takes its preset value (`maximum`: the documented maximum; `aws-defaults`:
///    the default);
/// 2. overrides replace single values (a number, or `unlimited`);
/// 3. under `maximum`, the security-group pair obeys AWS's product rule
///    (rules per SG) × (SGs per ENI) ≤ 1,000: the member of the pair that the scenario did not
///    set takes the largest value the rule allows given the other, capped at its own maximum.
///    With neither set that is 5 SGs per ENI (kept at its default) × 200 rules per SG, so no
///    quota falls below its default and the product reaches exactly 1,000. (Taking both
///    maxima, 16 × 1,000, would break the rule; 16 × 62 would leave rules per SG barely
///    above the default of 60, while vpcsim models one security group per VPC.)
///
/// Values beyond what AWS allows (above a published maximum, a change to a non-adjustable
/// quota, `unlimited`, a broken product rule) are accepted as what-if settings and listed in
/// `whatIfNotes`, so reports can say the result is not reachable on AWS.
///
/// A set is resolved over a catalog of definitions: the full one with every design's quotas
/// (`QuotaSet.maximum` and `QuotaSet.awsDefaults` in the Strategies module, which assembles
/// it), or `SharedQuotas.catalog` alone. Reading a key outside its catalog is a programming error.
public struct QuotaSet: Sendable, Equatable {
    /// The preset the set was resolved from.
    public let preset: QuotaPreset
    /// The keys the scenario set explicitly, in the order given.
    public let overriddenKeys: [QuotaKey]
    /// One sentence per setting that AWS would not allow, in catalog order.
    public let whatIfNotes: [String]
    private let limits: [QuotaKey: QuotaLimit]

    /// Resolves a preset and overrides over `catalog`; fails on a key not in it (naming the
    /// closest valid key), a key set twice, or a negative number.
    public init(catalog: QuotaCatalog, preset: QuotaPreset = .maximum,
                overrides: [QuotaOverride] = []) throws(QuotaError) {
        var limits: [QuotaKey: QuotaLimit] = [:]
        for definition in catalog.definitions { limits[definition.key] = definition.value(under: preset) }

        var overridden: [QuotaKey] = []
        for override in overrides {
            let key = try catalog.key(named: override.key)
            guard !overridden.contains(key) else { throw QuotaError(subject: override.key, reason: .duplicateKey) }
            if let v = override.limit.value, v < 0 {
                throw QuotaError(subject: override.key, reason: .negativeValue(v))
            }
            overridden.append(key)
            limits[key] = override.limit
        }

        let rulesKey = QuotaKey.rulesPerSecurityGroup, groupsKey = QuotaKey.securityGroupsPerENI
        if preset == .maximum, let rules = catalog.definition(rulesKey), let groups = catalog.definition(groupsKey) {
            let cap = QuotaCatalog.securityGroupRuleProductLimit
            func partner(of other: QuotaLimit, ownMaximum: QuotaLimit) -> QuotaLimit {
                guard let o = other.value, o > 0, let own = ownMaximum.value else { return ownMaximum }
                return .limited(min(own, max(1, cap / o)))
            }
            let rulesSet = overridden.contains(rulesKey), groupsSet = overridden.contains(groupsKey)
            if !rulesSet && !groupsSet {
                limits[groupsKey] = .limited(groups.defaultValue)
                limits[rulesKey] = .limited(cap / groups.defaultValue)
            } else if groupsSet && !rulesSet {
                limits[rulesKey] = partner(of: limits[groupsKey]!, ownMaximum: rules.maximum)
            } else if rulesSet && !groupsSet {
                limits[groupsKey] = partner(of: limits[rulesKey]!, ownMaximum: groups.maximum)
            }
        }

        self.preset = preset
        self.overriddenKeys = overridden
        self.limits = limits
        self.whatIfNotes = QuotaSet.notes(for: limits, overridden: overridden, catalog: catalog)
    }

    /// The limit in force for `key`.
    @inlinable public subscript(key: QuotaKey) -> QuotaLimit { limit(key) }

    /// The limit in force for `key`.
    public func limit(_ key: QuotaKey) -> QuotaLimit {
        guard let limit = limits[key] else { preconditionFailure("quota \(key) is not in the set's catalog") }
        return limit
    }

    /// A time quota as simulated time; nil when unlimited.
    public func duration(_ key: QuotaKey) -> SimTime? {
        limit(key).value.map { SimTime(nanoseconds: $0 &* SimTime.nanosecondsPerSecond) }
    }

    /// Whether holding `count` of the resource stays within `key`'s limit.
    public func permits(_ key: QuotaKey, count: Int) -> Bool { limit(key).permits(count) }

    private static func notes(for limits: [QuotaKey: QuotaLimit], overridden: [QuotaKey],
                              catalog: QuotaCatalog) -> [String] {
        var notes: [String] = []
        for definition in catalog.definitions where overridden.contains(definition.key) {
            let key = definition.key, value = limits[key]!
            switch value {
            case .unlimited:
                notes.append("\(key) is unlimited (what-if: AWS has no unlimited quotas)")
            case .limited(let v):
                if !definition.adjustable && v != definition.defaultValue {
                    notes.append("\(key) = \(v) but AWS fixes it at \(definition.defaultValue) (not adjustable)")
                } else if let max = definition.maximum.value, v > max {
                    let kind = definition.maximumIsPublished ? "maximum" : "default (no published maximum)"
                    notes.append("\(key) = \(v) is above AWS's \(kind) of \(max)")
                }
            }
        }
        if let rules = limits[.rulesPerSecurityGroup]?.value, let groups = limits[.securityGroupsPerENI]?.value,
           rules * groups > QuotaCatalog.securityGroupRuleProductLimit {
            notes.append("rules_per_security_group × security_groups_per_eni = \(rules) × \(groups) = \(rules * groups) "
                + "exceeds AWS's limit of \(QuotaCatalog.securityGroupRuleProductLimit)")
        }
        return notes
    }
}
