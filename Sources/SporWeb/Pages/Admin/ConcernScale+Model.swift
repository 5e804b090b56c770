import Foundation
import SporDomain
import SporStore

/// What the concern scale's page shows: the scale in force and how many versions of it were saved.
struct ConcernScaleModel {
    let scale: ConcernScale
    let versions: Int

    static let configurationKey = "concernScale"

    /// A level's guidance for an age band, as the form names it ("guidance-3-6-11").
    static func guidanceField(_ level: Int, _ group: AgeGroup) -> String { "guidance-\(level)-\(group.rawValue)" }

    static func query(store: Store, user: UserRecord, now: Date) async throws -> ConcernScaleModel {
        ConcernScaleModel(scale: try await store.concernScale(), versions: try await store.configurationVersions(key: configurationKey))
    }

    /// The scale a form sent: every level's names and, per age band, its guidance (a band left out keeps `current`'s).
    static func scale(from values: FormValues, current: ConcernScale) throws -> ConcernScale {
        let levels = ConcernLevel.allCases.map { level in
            let n = level.rawValue
            let guidance = Dictionary(uniqueKeysWithValues: AgeGroup.allCases.map { group in
                (group, values[guidanceField(n, group)]?.trimmingCharacters(in: .whitespacesAndNewlines)
                    ?? current.guidance(level, for: group))
            })
            return ConcernScale.Level(level: level, nameDa: values["nameDa-\(n)"] ?? "", nameEn: values["nameEn-\(n)"] ?? "", guidance: guidance)
        }
        return try ConcernScale(levels: levels)
    }
}
