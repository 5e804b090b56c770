import Foundation
import Vapor
import SporDomain
import SporStore

/// The municipality's settings (`/admin/settings`), kept by the administrator: each save is a new version of one setting
/// with the day it takes effect; then the derived tables are recounted in the background.
enum SettingsController {
    @Sendable static func show(_ request: Request) async throws -> Response {
        try await render(request, refusal: nil)
    }

    @Sendable static func save(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let form = SettingsModel.Form(rawValue: try FormValues(request).text("form")) ?? .calendar
        return try await FormSubmission.submit(request, form: form.rawValue, perform: { values in
            let now = request.now
            let validFrom = try values.date("validFrom")
            let settings = try SettingsModel.settings(from: values, form: form, inForce: request.spor.configuration.settings)
            // Every value is checked before any is saved: a refused form saves nothing.
            try MunicipalSetting.validateValidFrom(validFrom, today: DanishTime.localDate(of: now))
            for setting in settings { try setting.validate(today: DanishTime.localDate(of: now)) }
            for setting in settings { try await request.store.saveSetting(setting, validFrom: validFrom, by: user.id, now: now) }
            request.spor.configuration.replace(try await request.store.settingsHistory())
            request.spor.settingsRecount.start(store: request.store, now: now, logger: request.logger)
            return Landing(.adminSettings, notice: Strings.settingsSaved.filled(Format.date(validFrom, request.language)))
        }, refused: { refusal in
            try await render(request, refusal: refusal)
        })
    }

    static func render(_ request: Request, refusal: Refusal?) async throws -> Response {
        let model = try await SettingsModel.query(store: request.store, user: try request.requireUser(), now: request.now,
                                                  recount: request.spor.settingsRecount.current(municipality: request.municipality))
        return Page.render(request, title: Strings.settingsTitle(request.language)) { context in
            SettingsView.body(model, refusal: refusal, context)
        }
    }
}
