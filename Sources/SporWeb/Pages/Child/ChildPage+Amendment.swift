import Foundation
import Plot
import SporDomain
import SporStore

/// A corrected entry on the timeline: what it says now, each correction as "Rettet <date> af <name>: <reason>" with the
/// fields it changed (old → new), and the original as it was, folded. A voided entry keeps its original in view, struck.
extension ChildPageView {
    static func entryBody(_ item: Timeline.Item, _ model: ChildPageModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        let original = payload(model.shown(item.entry.payload), model, context)
        guard item.isCorrected else { return .div(.class("entry-body"), original) }
        let amendments = ChildPageModel.amendments(item)
        guard let effective = item.effective else {
            return .group(.div(.class("entry-body original"), original), .forEach(amendments) { amendmentNote($0, model, context) })
        }
        return .group(
            .div(.class("entry-body effective"), payload(model.shown(effective), model, context)),
            .forEach(amendments) { amendmentNote($0, model, context) },
            .element(named: "details", nodes: [
                .class("original-entry"),
                .element(named: "summary", nodes: [.plain(context.t(Strings.originalEntry))]),
                .div(.class("entry-body"), original),
            ]))
    }

    /// One correction: who, when and why, and what it changed field by field.
    static func amendmentNote(_ amendment: Amendment, _ model: ChildPageModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        let correction = amendment.correction
        let who = model.staff[correction.author]?.displayName ?? context.t(Strings.none)
        let when = Format.dateTime(correction.recordedAt, context.language)
        guard let after = amendment.after else {
            return .div(.class("correction"), .p(.strong(.plain(context.t(Strings.voidedBy, when, who, amendment.reason)))))
        }
        // What a reader outside the case may not see (who notified) is compared as it is shown.
        let changes = ChildPageModel.changes(from: model.shown(amendment.before), to: model.shown(after))
            .filter { !PayloadLabels.hidden.contains($0.key) }
        let labels = PayloadLabels(kind: correction.corrects.flatMap { model.timeline.entry(id: $0)?.kind } ?? after.kind,
                                   before: amendment.before, after: after, model: model, context: context)
        return .div(.class("correction"),
            .p(.strong(.plain(context.t(Strings.amendedBy, when, who, amendment.reason)))),
            changes.isEmpty ? .p(.class("meta"), .plain(context.t(Strings.noFieldChanged))) :
                .ul(.class("changes"), .attribute(named: "aria-label", value: context.t(Strings.changedFields)),
                    .forEach(changes) { change in
                        .li(.span(.class("changed-field"), .plain("\(labels.label(change.path)): ")),
                            .span(.class("old"), .plain(labels.value(change.old, key: change.key))), .plain(" → "),
                            .span(.class("new"), .plain(labels.value(change.new, key: change.key))))
                    }))
    }
}

/// How a changed field reads: its label from the catalog where the forms have one (else its key in words), and its value
/// as the timeline writes it (a date, a yes or no, an offer's name, the entry or person an id names).
struct PayloadLabels {
    /// Keys that carry no meaning for a reader (a goal's id; the plan version superseded).
    static let hidden: Set<String> = ["id", "supersedes", "anonymousRecord", "notifierUser"]

    let kind: EntryKind
    let before: EntryPayload
    let after: EntryPayload
    let model: ChildPageModel
    let context: PageContext

    func label(_ path: [String]) -> String {
        guard let key = path.last else { return "" }
        // A row of a list: "Mål 2: Hvad", or for a rating the goal it rates.
        if path.count >= 3, let row = Int(path[path.count - 2]) {
            let list = path[path.count - 3]
            if list == "ratings" { return "\(context.t(Strings.ratingLabel)): \(goalText(row: row - 1) ?? String(row))" }
            let field = PayloadLabels.text(for: key, kind: kind) ?? LocalizedText(da: PayloadLabels.words(key), en: PayloadLabels.words(key))
            let listText = PayloadLabels.text(for: list, kind: kind) ?? LocalizedText(da: PayloadLabels.words(list), en: PayloadLabels.words(list))
            return context.t(Strings.numbered(listText, row, field))
        }
        if path.count == 2, path[0] == "bases" { return "\(context.t(Strings.legalBasisLabel)): \(model.offers[key]?.name ?? key)" }
        if let text = PayloadLabels.text(for: key, kind: kind) { return context.t(text) }
        return PayloadLabels.words(path.joined(separator: " "))
    }

    /// The catalog's label for a payload's field, where a form or the timeline has one.
    static func text(for key: String, kind: EntryKind) -> LocalizedText? {
        switch key {
        case "reason":
            return [.measureEnded, .placementEnded].contains(kind) ? Strings.endReasonLabel : Strings.reasonLabel
        case "dialogBased": return Strings.dialogBased
        case "needKnownOn": return Strings.needKnownOn
        case "notification": return Strings.entryKind(.notification)
        case "start": return Strings.stepAssessment
        case "childsDevelopment": return Strings.icsChild
        case "parentingCapacity": return Strings.icsParents
        case "familyAndNetwork": return Strings.icsFamily
        case "childsViews": return Strings.childsViewsLabel
        case "parentsViews": return Strings.parentsViewsLabel
        case "conclusion": return Strings.conclusion
        case "investigation": return Strings.entryKind(.investigation)
        case "assessment": return Strings.assessmentLabel
        case "reasonForDelay": return Strings.delayReason
        case "expectedConclusion": return Strings.expectedConclusion
        case "heldBy": return Strings.heldBy
        case "place": return Strings.place
        case "name": return Strings.amendBisidderName
        case "relation": return Strings.bisidderRelation
        case "age": return Strings.bisidderAge
        case "childsWords": return Strings.childsWords
        case "notHeldReason": return Strings.notHeldReason
        case "outcome": return Strings.outcomeLabel
        case "offers": return Strings.offersLabel
        case "legalBasis": return Strings.legalBasisLabel
        case "reasons": return Strings.amendReasonsLabel
        case "purpose": return Strings.purpose
        case "expectedEnd": return Strings.expectedEnd
        case "custodyHolders": return Strings.consentParents
        case "youngPerson": return Strings.consentYoung
        case "heardIn": return Strings.childHeardIn
        case "notHeardReason": return Strings.childNotHeard
        case "complaintGuidanceToChild": return Strings.complaintGuidance
        case "makesChildsPlan": return Strings.stepPlan
        case "offer": return Strings.offerLabel
        case "decision": return Strings.entryKind(.decision)
        case "measure", "measures": return Strings.glanceMeasures
        case "note": return Strings.noteLabel
        case "placement": return Strings.stepPlacementStart
        case "nearHome": return Strings.nearHome
        case "schoolKept": return Strings.schoolKept
        case "schoolingStarted": return Strings.schoolingStarted
        case "contactArrangements": return Strings.contactArrangements
        case "kind": return kind == .plan ? Strings.stepPlan : (kind == .placementStarted ? Strings.stepPlacementStart : nil)
        case "goals": return Strings.goals
        case "what": return Strings.goalWhat
        case "byWhen": return Strings.goalByWhen
        case "howWeWillKnow": return Strings.goalHow
        case "childsHopes": return Strings.childsHopes
        case "madeWithChild": return Strings.madeWithChild
        case "madeWithParents": return Strings.madeWithParents
        case "rating": return Strings.amendRating
        case "nextFollowUp": return Strings.nextFollowUp
        case "nextFollowUpReason": return Strings.nextFollowUpReason
        case "from": return Strings.fromStage
        case "to": return Strings.toStage
        case "participants": return Strings.participantsList
        case "childPresent": return Strings.childPresent
        case "familyPresent": return Strings.familyPresent
        case "plan": return Strings.handoverPlan
        case "level": return Strings.level
        case "source": return Strings.source
        case "description": return Strings.description
        case "text": return Strings.noteText
        case "startDate", "startsOn": return Strings.amendStartDate
        default: return nil
        }
    }

    /// A key in words, for a field no form labels: `nextFollowUpReason` → "next follow up reason".
    static func words(_ key: String) -> String {
        var words = ""
        for character in key {
            if character.isUppercase { words.append(" ") }
            words.append(character.isLetter || character.isNumber ? Character(character.lowercased()) : " ")
        }
        return words.split(separator: " ").joined(separator: " ")
    }

    /// The text of the goal the follow-up's `row`th rating rates.
    func goalText(row: Int) -> String? {
        let rated = [after, before].compactMap { payload -> UUID? in
            guard case .followUp(let followUp) = payload, row < followUp.ratings.count else { return nil }
            return followUp.ratings[row].goal
        }.first
        guard let rated else { return nil }
        for item in model.timeline.items.reversed() {
            if case .plan(let plan)? = item.effective, let goal = plan.goals.first(where: { $0.id == rated }) { return goal.what }
        }
        return nil
    }

    func value(_ value: PayloadValue?, key: String) -> String {
        guard let value else { return context.t(Strings.noValue) }
        switch value {
        case .flag(let flag): return context.t(flag ? Strings.yes : Strings.no)
        case .number(let number): return key == "level" ? Int(number).flatMap(ConcernLevel.init(rawValue:)).map(context.levelName) ?? number : number
        case .list(let items):
            return items.isEmpty ? context.t(Strings.noValue) : items.map { text($0, key: key == "offers" ? "offer" : key) }.joined(separator: ", ")
        case .text(let text):
            return text.isEmpty ? context.t(Strings.noValue) : self.text(text, key: key)
        }
    }

    /// A text value as the timeline writes it.
    func text(_ raw: String, key: String) -> String {
        if let id = UUID(uuidString: raw) {
            if let user = model.staff[id] { return user.displayName }
            if let entry = model.timeline.entry(id: id) {
                return "\(context.t(Strings.entryKind(entry.kind))) \(Format.dateTime(entry.occurredAt, context.language))"
            }
            return raw
        }
        if raw.count == 10, let day = LocalDate(iso: raw) { return Format.date(day, context.language) }
        switch key {
        case "offer": return model.offers[raw]?.name ?? raw
        case "legalBasis": return LegalBasis(rawValue: raw)?.paragraph ?? raw
        case "outcome":
            if kind == .followUp { return FollowUp.Outcome(rawValue: raw).map { context.t(Strings.followUpOutcome($0)) } ?? raw }
            return Decision.Outcome(rawValue: raw).map { context.t(Strings.decisionOutcome($0)) } ?? raw
        case "custodyHolders", "youngPerson": return ConsentAnswer(rawValue: raw).map { context.t(Strings.consentAnswer($0)) } ?? raw
        case "reason": return EndReason(rawValue: raw).map { context.t(Strings.endReason($0)) } ?? raw
        case "rating": return GoalRating(rawValue: raw).map { context.t(Strings.goalRating($0)) } ?? raw
        case "from", "to": return TransitionStage(rawValue: raw).map { context.t(Strings.transitionStage($0)) } ?? raw
        case "source": return ConcernSource(rawValue: raw).map { context.t(Strings.concernSource($0)) } ?? raw
        case "kind":
            if let kind = PlacementKind(rawValue: raw) { return context.t(Strings.placementKind(kind)) }
            if let kind = ChildsPlan.Kind(rawValue: raw) { return context.t(Strings.planKind(kind)) }
            return raw
        default:
            if let basis = LegalBasis(rawValue: raw), model.offers[key] != nil { return basis.paragraph }
            return raw
        }
    }
}
