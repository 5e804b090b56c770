import Foundation
import SporDomain

extension PayloadObject {
    /// A plan's or follow-up's leisure activities (`LeisureActivity`), as Codable reads them; nil when not recorded.
    func leisureIfPresent(_ key: String) throws(Unexpected) -> [LeisureActivity]? {
        guard valueIfPresent(key) != nil else { return nil }
        return try objects(key) { activity throws(Unexpected) in
            LeisureActivity(id: try activity.uuid("id"), kind: try activity.case("kind"), name: try activity.string("name"),
                            support: try activity.case("support"), status: try activity.caseIfPresent("status"))
        }
    }
}
