import Foundation
import Plot
import SporDomain
import SporStore

/// The administrator's settings: the values in force with a form for each kind, the recount's progress and the history.
enum SettingsView {
    static func body(_ model: SettingsModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .p(.a(.href(SiteURL.admin.path), .plain("← \(context.t(Strings.adminTitle))"))),
            .h1(.plain(context.t(Strings.settingsTitle))),
            .p(.plain(context.t(Strings.settingsIntro))),
            .p(.id("settings-recount"), .class("meta"), .attribute(named: "role", value: "status"), .plain(recount(model.recount, context))),
            calendar(model, refusal, context),
            rules(model, refusal, context),
            targets(model, refusal, context),
            course(model, refusal, context),
            history(model, context)
        )
    }

    static func recount(_ state: SettingsRecount.State, _ context: PageContext) -> String {
        switch state {
        case .idle: context.t(Strings.settingsRecountIdle)
        case .running(let done, let total): context.t(Strings.settingsRecountRunning, String(done), String(total))
        case .finished(let at): context.t(Strings.settingsRecountFinished, Format.dateTime(at, context.language))
        case .failed: context.t(Strings.settingsRecountFailed)
        }
    }

    /// One form of the page: its name posted as `form`, the valid-from day and the submit button after `fields`.
    static func form(_ name: SettingsModel.Form, _ fields: FormFields, _ model: SettingsModel,
                     _ controls: [Node<HTML.FormContext>]) -> Node<HTML.BodyContext> {
        .group(
            fields.summary(Strings.notSaved),
            .form(.id("settings-\(name.rawValue)-form"), .class("entry-form"), .action(SiteURL.adminSettings.path), .method(.post),
                  csrfField(fields.context),
                  fields.hidden("form", name.rawValue),
                  .group(controls),
                  fields.date("validFrom", Strings.settingsValidFrom, required: true, fallback: model.today.iso),
                  .button(.id("settings-\(name.rawValue)-submit"), .type(.submit), .plain(fields.context.t(Strings.settingsSave)))))
    }

    static func fields(_ name: SettingsModel.Form, _ refusal: Refusal?, _ context: PageContext) -> FormFields {
        FormFields(context, idPrefix: "settings-\(name.rawValue)", form: name.rawValue, refusal: refusal)
    }

    static func calendar(_ model: SettingsModel, _ refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let customary = fields(.calendar, refusal, context)
        let add = fields(.closedDate, refusal, context)
        let remove = fields(.removeDates, refusal, context)
        let dates = model.inForce.extraClosedDates.sorted()
        return .section(.id("settings-calendar"),
            .h2(.plain(context.t(Strings.settingsCalendar))),
            .p(.plain(context.t(Strings.settingsCalendarIntro))),
            form(.calendar, customary, model, [
                customary.checkList(Strings.settingsCustomaryLegend,
                                    WorkdayCalendar.CustomaryClosedDay.allCases.map { ($0.rawValue, Strings.customaryDay($0)) },
                                    checked: Set(model.inForce.customaryClosedDays.map(\.rawValue))),
            ]),
            .h3(.plain(context.t(Strings.settingsExtraDates))),
            dates.isEmpty
                ? .p(.id("settings-extra-dates"), .plain(context.t(Strings.settingsExtraNone)))
                : .ul(.id("settings-extra-dates"), .forEach(dates) { .li(.plain(Format.date($0, context.language))) }),
            form(.closedDate, add, model, [add.date("closedDate", Strings.settingsClosedDate, required: true)]),
            dates.isEmpty ? .empty : form(.removeDates, remove, model, [
                remove.checkList(Strings.settingsRemoveDates, dates.map { (SettingsModel.removeField($0), LocalizedText(da: Format.date($0, .da), en: Format.date($0, .en))) }),
            ])
        )
    }

    static func rules(_ model: SettingsModel, _ refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let rule = fields(.rule, refusal, context)
        return .section(.id("settings-rules"),
            .h2(.plain(context.t(Strings.settingsRules))),
            .p(.plain(context.t(Strings.settingsRulesIntro))),
            .table(.class("list"),
                Components.columnHeaders([Strings.settingsRule, Strings.settingsRuleNow, Strings.settingsRuleBounds], context),
                .tbody(.forEach(model.parameters) { item in
                    let value = model.inForce.ruleParameters[item.parameter.rule] ?? item.parameter.standard
                    return .tr(.id("settings-rule-\(item.rule.id)"),
                        .td(.plain("\(item.rule.paragraph) · \(context.t(item.rule.title))")),
                        .td(.plain("\(value) \(context.t(Strings.parameterUnit(item.parameter.unit)))")),
                        .td(.plain(bounds(item.parameter, context))))
                })),
            form(.rule, rule, model, [
                rule.choice("rule", Strings.settingsRule, model.parameters.map { ($0.rule.id, "\($0.rule.paragraph) · \(context.t($0.rule.title))") }),
                rule.number("value", Strings.settingsRuleValue, required: true),
            ])
        )
    }

    /// "1–24 (24: the law's bound)".
    static func bounds(_ parameter: RuleParameter, _ context: PageContext) -> String {
        let minimum = parameter.minimumIsLaw ? context.t(Strings.settingsRuleLawBound, String(parameter.minimum)) : String(parameter.minimum)
        let maximum = parameter.maximumIsLaw ? context.t(Strings.settingsRuleLawBound, String(parameter.maximum)) : String(parameter.maximum)
        return "\(minimum) – \(maximum)"
    }

    static func targets(_ model: SettingsModel, _ refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let target = fields(.target, refusal, context)
        let help = fields(.immediateHelp, refusal, context)
        let definition = model.inForce.immediateHelp
        return .section(.id("settings-targets"),
            .h2(.plain(context.t(Strings.settingsTargets))),
            .p(.plain(context.t(Strings.settingsTargetsIntro))),
            .table(.class("list"),
                Components.columnHeaders([Strings.settingsIndicator, Strings.indicatorTarget], context),
                .tbody(.forEach(model.targets) { indicator in
                    .tr(.id("settings-target-\(indicator.id)"),
                        .td(.plain(context.t(indicator.title))),
                        .td(.plain(IndicatorText.target(indicator, context.language))))
                })),
            form(.target, target, model, [
                target.choice("indicator", Strings.settingsIndicator, model.targets.map { ($0.id, context.t($0.title)) }),
                target.text("target", Strings.settingsTarget, required: true),
            ]),
            .h3(.plain(context.t(Strings.settingsImmediateHelp))),
            .p(.id("settings-immediate-help"), .plain(context.language == .da ? definition.summaryDa : definition.summaryEn)),
            form(.immediateHelp, help, model, [
                help.number("lookbackMonths", Strings.settingsLookback, fallback: definition.lookbackMonths.map(String.init) ?? ""),
                help.check("focusedAssessment", Strings.settingsFocusedAssessment,
                           checkedByDefault: definition.ruledOutBy.contains(.focusedAssessmentConcluded)),
            ])
        )
    }

    static func course(_ model: SettingsModel, _ refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let course = fields(.course, refusal, context)
        return .section(.id("settings-course"),
            .h2(.plain(context.t(Strings.settingsCourse))),
            .p(.plain(context.t(Strings.settingsCourseIntro))),
            form(.course, course, model, [
                course.number("childsViewsMonths", Strings.settingsChildsViewsMonths, required: true, fallback: String(model.inForce.childsViewsMonths)),
                course.number("networkMeetingMinimumAge", Strings.settingsNetworkAge, required: true,
                              fallback: String(model.inForce.networkMeetingMinimumAge)),
            ])
        )
    }

    static func history(_ model: SettingsModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        .section(.id("settings-history"),
            .h2(.plain(context.t(Strings.settingsHistory))),
            model.history.isEmpty ? .p(.plain(context.t(Strings.settingsHistoryNone))) : .table(.class("list"),
                Components.columnHeaders([Strings.settingsSetting, Strings.settingsValue, Strings.settingsValidFrom, Strings.settingsSavedBy,
                                          Strings.settingsSavedAt], context),
                .tbody(.forEach(model.history) { row in
                    .tr(.class("settings-version"),
                        .td(.plain(context.t(Strings.settingName(row.version.setting.key)))),
                        .td(.plain(value(row.version.setting, context))),
                        .td(.plain(Format.date(row.version.validFrom, context.language)
                                   + (row.version.validFrom > model.today ? " \(context.t(Strings.settingsPending))" : ""))),
                        .td(.plain(row.savedBy)),
                        .td(.plain(Format.dateTime(row.version.savedAt, context.language))))
                }))
        )
    }

    /// A saved value as the history shows it.
    static func value(_ setting: MunicipalSetting, _ context: PageContext) -> String {
        let none = context.t(Strings.settingsNone)
        switch setting {
        case .customaryClosedDays(let days):
            let names = WorkdayCalendar.CustomaryClosedDay.allCases.filter(days.contains).map { context.t(Strings.customaryDay($0)) }
            return names.isEmpty ? none : names.joined(separator: ", ")
        case .extraClosedDates(let dates):
            return dates.isEmpty ? none : dates.sorted().map { Format.date($0, context.language) }.joined(separator: ", ")
        case .ruleParameter(let rule, let value):
            return RuleParameter.named(rule).map { "\(value) \(context.t(Strings.parameterUnit($0.unit)))" } ?? String(value)
        case .target(_, let share):
            return "\(Format.number(share * 100, context.language)) %"
        case .immediateHelp(let definition):
            return context.language == .da ? definition.summaryDa : definition.summaryEn
        case .childsViewsMonths(let value), .networkMeetingMinimumAge(let value):
            return String(value)
        }
    }
}
