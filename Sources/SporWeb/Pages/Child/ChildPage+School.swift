import Foundation
import Plot
import SporDomain

/// "Skole og beskæftigelse" on the child page: the status now and its history, a form offering what the journal knows
/// last, and the school's report of absence registered on its behalf.
extension ChildPageView {
    static func schoolSection(_ model: ChildPageModel, _ context: PageContext, _ refusal: Refusal?) -> Node<HTML.BodyContext> {
        // An unborn child has no school, work or absence: its journal holds none (`EntryKind.allowedBeforeBirth`).
        guard !model.child.isExpected else { return .empty }
        let history = model.timeline.schoolingHistory
        let today = DanishTime.localDate(of: context.now)
        let current = model.timeline.schooling(on: today) ?? history.last?.schooling
        return .section(.id("schooling"), .class("schooling"), .attribute(named: "aria-labelledby", value: "schooling-heading"),
            .h2(.id("schooling-heading"), .plain(context.t(Strings.schoolingKind))),
            current.map { .p(.id("schooling-now"), .plain(context.t(Strings.schoolingNow, schoolingText($0, context)))) }
                ?? .p(.class("empty"), .plain(context.t(Strings.schoolingNone))),
            .if(history.count > 1 || (history.count == 1 && current == nil),
                .details(.class("schooling-history"),
                    .summary(.plain(context.t(Strings.schoolingHistory))),
                    .ol(.forEach(history.reversed()) { row in .li(.plain(schoolingText(row.schooling, context))) }))),
            schoolingForm(model, current, context, refusal),
            absenceForm(model, context, refusal))
    }

    /// "Grundskole, Søndre Skole, 4. klasse/årgang, fra 1. august 2025".
    static func schoolingText(_ schooling: Schooling, _ context: PageContext) -> String {
        var parts = [context.t(Strings.schoolingSetting(schooling.setting))]
        if let institution = schooling.institution { parts.append(institution) }
        if let grade = schooling.grade { parts.append(context.t(Strings.schoolingGradeShown, grade)) }
        parts.append(context.t(Strings.schoolingFromDay, Format.date(schooling.from, context.language)))
        return parts.joined(separator: ", ")
    }

    static func schoolingPayload(_ schooling: Schooling, _ context: PageContext) -> Node<HTML.BodyContext> {
        .p(.plain(schoolingText(schooling, context)))
    }

    /// "Skolefravær 23 % (1. september 2025–30. september 2025)".
    static func absenceText(_ absence: SchoolAbsence, _ context: PageContext) -> String {
        context.t(Strings.absenceShown, String(absence.share)) + " ("
            + context.t(Strings.absencePeriodShown, Format.date(absence.from, context.language), Format.date(absence.to, context.language)) + ")"
    }

    static func absenceLine(_ absence: SchoolAbsence?, _ context: PageContext) -> Node<HTML.BodyContext> {
        .unwrap(absence) { .p(.class("absence"), .strong(.plain(absenceText($0, context)))) }
    }

    static func schoolingForm(_ model: ChildPageModel, _ current: Schooling?, _ context: PageContext, _ refusal: Refusal?) -> Node<HTML.BodyContext> {
        // Without a status the setting usual at the child's age is offered (the birth date is what the journal knows).
        let age = model.child.birthDate.age(on: DanishTime.localDate(of: context.now))
        let usual: SchoolingSetting = age < 6 ? .daycare : (age < 16 ? .primarySchool : .youthEducation)
        let known = FormValues(current.map { schooling in
            ["setting": schooling.setting.rawValue, "institution": schooling.institution ?? "", "grade": schooling.grade ?? ""]
        } ?? ["setting": usual.rawValue])
        let fields = FormFields(context, idPrefix: "schooling", form: "schooling", refusal: refusal, initial: known)
        return .form(.id("schooling-form"), .class("entry-form"), .action(SiteURL.child(model.child.id, .schooling).path), .method(.post),
            .h3(.plain(context.t(Strings.schoolingRecord))),
            .p(.class("hint"), .plain(context.t(Strings.schoolingRecordHint))),
            csrfField(context),
            fields.choice("setting", Strings.schoolingSetting,
                          SchoolingSetting.allCases.map { ($0.rawValue, context.t(Strings.schoolingSetting($0))) }),
            fields.text("institution", Strings.schoolingInstitution),
            fields.text("grade", Strings.schoolingGrade),
            fields.date("from", Strings.schoolingFrom, required: true, fallback: DanishTime.localDate(of: context.now).iso),
            .button(.id("schooling-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.save))))
    }

    static func absenceForm(_ model: ChildPageModel, _ context: PageContext, _ refusal: Refusal?) -> Node<HTML.BodyContext> {
        let fields = FormFields(context, idPrefix: "absence", form: "absence", refusal: refusal)
        return .details(.class("step"), .if(fields.isReturned, .open(true)),
            .summary(.plain(context.t(Strings.absenceRecord))),
            .form(.id("absence-form"), .class("entry-form"), .action(SiteURL.child(model.child.id, .absence).path), .method(.post),
                .p(.class("hint"), .plain(context.t(Strings.absenceRecordHint))),
                csrfField(context),
                fields.number("absenceShare", Strings.absenceShare, required: true, max: 100),
                fields.date("absenceFrom", Strings.absenceFrom, required: true),
                fields.date("absenceTo", Strings.absenceTo, required: true),
                fields.choice("level", Strings.level, levelOptions(context), fallback: "3"),
                fields.choice("source", Strings.source, ConcernSource.allCases.map { ($0.rawValue, context.t(Strings.concernSource($0))) },
                              fallback: "teacher"),
                fields.area("description", Strings.description, required: true, rows: 3),
                fields.dateTime(),
                .button(.id("absence-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.save)))))
    }
}
