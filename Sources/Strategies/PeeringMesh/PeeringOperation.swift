/// The AWS API calls PeeringMeshStrategy makes; each case's name is the API's, in lower camel case.
public enum PeeringOperation: Int, DesignOperation {
    case createVpcPeeringConnection
    case acceptVpcPeeringConnection
    case deleteVpcPeeringConnection
    case rejectVpcPeeringConnection
    case createRoute
    case authorizeSecurityGroupIngress
}

extension PeeringMeshStrategy {
    public typealias Operation = PeeringOperation
}
