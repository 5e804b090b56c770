/// A Danish municipality (kommune). Every stored row carries the code of the one it belongs to.
public struct Municipality: Sendable, Hashable, Codable {
    /// The official three-digit municipality code, e.g. 707.
    public let code: Int
    public let name: String

    public init(code: Int, name: String) {
        self.code = code
        self.name = name
    }

    public static let norddjurs = Municipality(code: 707, name: "Norddjurs Kommune")
}
