import CloudModel

extension TransitGatewayStrategy {
    /// Transit Gateway's prices (aws-facts.md §4): attachment hours and data processing.
    public static var prices: [PriceFact] { [
        PriceFact(.tgwAttachmentHour, 0.05, unit: "USD per attachment-hour", source: SharedPrices.secondary2026
                    + "; official China page CNY 0.5", asOf: "2026",
                  note: "VPC, VPN, DX-gateway and peering attachments; each side of a TGW peering pays. "
                    + "Some Regions are higher (ap-southeast-2: 0.07 [2nd])."),
        PriceFact(.tgwProcessingPerGB, 0.02, unit: "USD per GB sent into the TGW", source: SharedPrices.secondary2026
                    + "; official China page CNY 0.143", asOf: "2026",
                  note: "Charged on data sent from a VPC/VPN/DX attachment into the TGW, not again on egress."),
        PriceFact(.tgwProcessingFromPeeringPerGB, 0, unit: "USD per GB arriving from a TGW peering attachment",
                  source: "aws-facts.md §4 (recollection)", asOf: "-", status: .unconfirmed,
                  note: "⚠ UNCONFIRMED whether processing applies to data arriving from a peering attachment "
                    + "(\"I recall AWS saying it is not\"); 0 here."),
    ] }
}

extension PriceKey {
    /// Transit Gateway attachment-hour.
    public static let tgwAttachmentHour = PriceKey("tgw_attachment_hour")
    /// Transit Gateway data processing, per GB sent into the TGW.
    public static let tgwProcessingPerGB = PriceKey("tgw_processing_per_gb")
    /// Transit Gateway processing of data arriving from a peering attachment (⚠ unconfirmed; 0).
    public static let tgwProcessingFromPeeringPerGB = PriceKey("tgw_processing_from_peering_per_gb")
}
