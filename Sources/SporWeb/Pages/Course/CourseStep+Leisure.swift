import Foundation
import Plot
import SporDomain

/// Leisure in the plan and its follow-ups (issue 23, item 3): the plan lists the activities the child takes part in
/// (offering what the journal last recorded), the follow-up asks what holds now of each and takes new ones; a plan goal
/// may be marked a health or leisure goal.
extension CourseStepView {
    /// Empty rows for new activities at a follow-up.
    static let newLeisureRows = 2

    /// The activities a plan form's rows open with: an amended plan's own, otherwise the journal's latest.
    static func planLeisure(_ model: CourseStepModel) -> [LeisureActivity] {
        if case .plan(let plan)? = model.amending?.payload { return plan.leisure ?? [] }
        return (model.latestLeisure ?? []).map { LeisureActivity(id: $0.id, kind: $0.kind, name: $0.name, support: $0.support) }
    }

    static func planLeisureRows(_ model: CourseStepModel) -> Int { max(3, planLeisure(model).count + 1) }

    /// The new activities' rows at a follow-up: enough for an amended follow-up's own.
    static func followUpNewRows(_ model: CourseStepModel) -> Int {
        guard case .followUp(let followUp)? = model.amending?.payload else { return newLeisureRows }
        return max(newLeisureRows, (followUp.leisure ?? []).filter { $0.status == .started }.count + 1)
    }

    static func goalArea(_ row: Int, _ goal: ChildsPlan.Goal?, _ form: FormFields) -> Node<HTML.FormContext> {
        let context = form.context
        return form.choice("goal\(row)Area", Strings.goalAreaLabel,
                           [("", context.t(Strings.goalAreaNone))] + GoalArea.allCases.map { ($0.rawValue, context.t(Strings.goalArea($0))) },
                           fallback: goal?.area?.rawValue ?? "")
    }

    /// One activity's kind, name and support, under `prefix` (`leisure0`, `leisureNew0`).
    private static func activityFields(_ prefix: String, _ legend: LocalizedText, _ known: LeisureActivity?, _ form: FormFields) -> Node<HTML.FormContext> {
        let context = form.context
        let id = form.value("\(prefix)Id", known?.id.uuidString ?? "")
        return .element(named: "fieldset", nodes: [
            .class("leisure-row"),
            .element(named: "legend", nodes: [.plain(context.t(legend))]),
            .if(!id.isEmpty, form.hidden("\(prefix)Id", id)),
            form.choice("\(prefix)Kind", Strings.leisureKindLabel, LeisureActivity.Kind.allCases.map { ($0.rawValue, context.t(Strings.leisureKind($0))) },
                        fallback: known?.kind.rawValue),
            form.text("\(prefix)Name", Strings.leisureNameLabel, fallback: known?.name ?? ""),
            form.choice("\(prefix)Support", Strings.leisureSupportLabel,
                        LeisureActivity.Support.allCases.map { ($0.rawValue, context.t(Strings.leisureSupport($0))) }, fallback: known?.support.rawValue),
        ])
    }

    static func planLeisureFields(_ model: CourseStepModel, _ form: FormFields) -> Node<HTML.FormContext> {
        let known = planLeisure(model)
        return .element(named: "fieldset", nodes: [
            .class("leisure"),
            .element(named: "legend", nodes: [.plain(form.context.t(Strings.leisureTitle))]),
            .p(.class("hint"), .plain(form.context.t(Strings.leisurePlanHint))),
            .forEach(0..<planLeisureRows(model)) { row in
                activityFields("leisure\(row)", Strings.leisureRow(row + 1), row < known.count ? known[row] : nil, form)
            },
        ])
    }

    static func followUpLeisureFields(_ model: CourseStepModel, _ form: FormFields) -> Node<HTML.FormContext> {
        let context = form.context
        let offered = model.latestLeisure ?? []
        let statuses: [LeisureActivity.Status] = [.takesPart, .stopped]
        return .element(named: "fieldset", nodes: [
            .class("leisure"),
            .element(named: "legend", nodes: [.plain(context.t(Strings.leisureTitle))]),
            .p(.class("hint"), .plain(context.t(offered.isEmpty ? Strings.leisureNoneRecorded : Strings.leisureFollowUpHint))),
            .forEach(offered) { activity in
                form.question("leisure-\(activity.id.uuidString)", Strings.leisureNow(ChildPageView.leisureName(activity, context)),
                              statuses.map { ($0.rawValue, context.t(Strings.leisureStatus($0))) })
            },
            .forEach(0..<followUpNewRows(model)) { row in
                activityFields("leisureNew\(row)", Strings.leisureNewRow(row + 1), nil, form)
            },
        ])
    }
}

extension CourseStepModel {
    /// The activities typed in rows `<prefix>0`, `<prefix>1`, …: a row without a name is left out.
    private func typedActivities(_ f: FormValues, prefix: String, status: LeisureActivity.Status?) throws -> [LeisureActivity] {
        var activities: [LeisureActivity] = []
        for row in 0..<50 where f.values["\(prefix)\(row)Name"] != nil {
            guard let name = f.optionalText("\(prefix)\(row)Name") else { continue }
            activities.append(LeisureActivity(id: f.optionalUUID("\(prefix)\(row)Id") ?? UUID(),
                                              kind: try f.choice("\(prefix)\(row)Kind", as: LeisureActivity.Kind.self), name: name,
                                              support: try f.choice("\(prefix)\(row)Support", as: LeisureActivity.Support.self),
                                              status: status))
        }
        return activities
    }

    /// The plan's leisure: the rows typed (an empty list records that the child takes part in none). An amended plan from
    /// before leisure was recorded stays without it unless an activity is typed.
    func planLeisure(_ f: FormValues) throws -> [LeisureActivity]? {
        let typed = try typedActivities(f, prefix: "leisure", status: nil)
        if typed.isEmpty, case .plan(let original)? = amending?.payload, original.leisure == nil { return nil }
        return typed
    }

    /// The follow-up's leisure: each activity last recorded with what holds now (asked, never preset), and those begun since;
    /// as the plan's, an amended follow-up from before leisure was recorded stays without it unless there is any.
    func followUpLeisure(_ f: FormValues) throws -> [LeisureActivity]? {
        let offered = try (latestLeisure ?? []).map { activity in
            var now = activity
            now.status = try f.answer("leisure-\(activity.id.uuidString)", as: LeisureActivity.Status.self)
            return now
        }
        let recorded = offered + (try typedActivities(f, prefix: "leisureNew", status: .started))
        if recorded.isEmpty, case .followUp(let original)? = amending?.payload, original.leisure == nil { return nil }
        return recorded
    }

    /// A goal row's area, where one is chosen.
    func goalArea(_ f: FormValues, row: Int) throws -> GoalArea? {
        f.optionalText("goal\(row)Area") == nil ? nil : try f.choice("goal\(row)Area", as: GoalArea.self)
    }

    /// The form's values for a plan's or follow-up's leisure (the inverse of `planLeisure` and `followUpLeisure`).
    func prefillLeisure(_ payload: EntryPayload) -> [String: String?] {
        var values: [String: String?] = [:]
        let row = { (prefix: String, index: Int, activity: LeisureActivity?) in
            values["\(prefix)\(index)Id"] = activity?.id.uuidString
            values["\(prefix)\(index)Kind"] = activity?.kind.rawValue ?? LeisureActivity.Kind.club.rawValue
            values["\(prefix)\(index)Name"] = activity?.name ?? ""
            values["\(prefix)\(index)Support"] = activity?.support.rawValue ?? LeisureActivity.Support.none.rawValue
        }
        switch payload {
        case .plan(let plan):
            let activities = plan.leisure ?? []
            for index in 0..<max(3, activities.count + 1) { row("leisure", index, index < activities.count ? activities[index] : nil) }
            for (index, goal) in plan.goals.enumerated() { values["goal\(index)Area"] = goal.area?.rawValue ?? "" }
        case .followUp(let followUp):
            let activities = followUp.leisure ?? []
            let started = activities.filter { $0.status == .started }
            for activity in activities where activity.status != .started {
                values["leisure-\(activity.id.uuidString)"] = activity.status?.rawValue
            }
            for index in 0..<max(CourseStepView.newLeisureRows, started.count + 1) {
                row("leisureNew", index, index < started.count ? started[index] : nil)
            }
        default:
            break
        }
        return values
    }
}
