import Foundation
import Plot
import XCTest
import SporDomain
@testable import SporWeb

/// The settings page (issue 25, item 2) in Danish and English: a closed day added and a receipt parameter saved, a target
/// saved to take effect later (in the history, not yet in force), the recount's progress; and the page refused with a
/// parameter below the law's minimum. Behaviour is asserted in `SettingsWebTests`.
final class SettingsSnapshotTests: XCTestCase {
    static func model(recount: SettingsRecount.State) -> SettingsModel {
        let today = DanishTime.localDate(of: PageFixtures.now)
        let saved = PageFixtures.now.addingTimeInterval(-3600)
        let history = MunicipalSettingsHistory(versions: [
            SettingVersion(setting: .extraClosedDates([LocalDate(year: 2027, month: 1, day: 4)!]), validFrom: today, version: 1,
                           savedAt: saved, savedBy: PageFixtures.admin.id),
            SettingVersion(setting: .ruleParameter(rule: DeadlineRule.receipt.id, value: 5), validFrom: today, version: 1,
                           savedAt: saved, savedBy: PageFixtures.admin.id),
            SettingVersion(setting: .target(indicator: "immediate-help-share", share: 0.8), validFrom: LocalDate(year: 2027, month: 1, day: 1)!,
                           version: 1, savedAt: saved.addingTimeInterval(60), savedBy: PageFixtures.admin.id),
        ])
        return SettingsModel(history: history, names: [PageFixtures.admin.id: PageFixtures.admin.displayName], today: today, recount: recount)
    }

    func testTheSettings() {
        let model = Self.model(recount: .running(done: 120, total: 301))
        assertPageSnapshots(named: "settings", user: PageFixtures.admin, path: SiteURL.adminSettings.path) { context in
            SettingsView.body(model, refusal: nil, context)
        }
    }

    func testAParameterBelowTheLawsMinimumRefused() {
        let model = Self.model(recount: .finished(PageFixtures.now))
        assertPageSnapshots(named: "settings-refused", user: PageFixtures.admin, path: SiteURL.adminSettings.path) { context in
            let refusal = Refusal(form: "rule", field: "value", message: Strings.settingsError(.settingBelowLawMinimum).filled("6")(context.language),
                                  values: FormValues(["form": "rule", "rule": DeadlineRule.supportAfter18Decision.id, "value": "4",
                                                      "validFrom": "2026-11-26"]))
            return SettingsView.body(model, refusal: refusal, context)
        }
    }
}
