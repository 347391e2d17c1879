import CloudModel

extension DesignRegistry {
    /// Every price vpcsim knows: the shared prices (`SharedPrices.facts`) first, then each
    /// registered design's own (`ConnectivityStrategy.prices`) in registry order.
    public static let priceCatalog = PriceCatalog(SharedPrices.facts + designs.flatMap { $0.prices })

    /// Every AWS quota vpcsim knows: the shared quotas (`SharedQuotas.definitions`) first,
    /// then each registered design's own (`ConnectivityStrategy.quotas`) in registry order.
    public static let quotaCatalog = QuotaCatalog(SharedQuotas.definitions + designs.flatMap { $0.quotas })
}

extension PriceTable {
    /// The bundled list prices of every design (`DesignRegistry.priceCatalog`).
    public static let listPrices = PriceTable(catalog: DesignRegistry.priceCatalog)
}

extension QuotaSet {
    /// The documented maxima of every quota (the default for studies).
    public static let maximum = try! QuotaSet(catalog: DesignRegistry.quotaCatalog, preset: .maximum)
    /// AWS's out-of-the-box defaults of every quota.
    public static let awsDefaults = try! QuotaSet(catalog: DesignRegistry.quotaCatalog, preset: .awsDefaults)

    /// Resolves a preset and overrides over every registered design's quotas.
    public init(preset: QuotaPreset = .maximum, overrides: [QuotaOverride] = []) throws(QuotaError) {
        try self.init(catalog: DesignRegistry.quotaCatalog, preset: preset, overrides: overrides)
    }
}
