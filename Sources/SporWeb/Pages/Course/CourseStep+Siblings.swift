import Foundation
import Plot
import SporDomain
import SporStore

/// A sibling the placement step asks about (issue 24, item 2): offered from what the journal knows, never typed.
struct PlacementSibling: Sendable {
    let sibling: HouseholdSibling
    /// False: outside the reader's access, asked about without a name.
    let named: Bool

    var id: UUID { sibling.item.id }
}

extension ChildPageModel {
    /// Every sibling of the child, those the reader may open by name first.
    var placementSiblings: [PlacementSibling] {
        siblings.map { PlacementSibling(sibling: $0, named: true) } + hiddenSiblings.map { PlacementSibling(sibling: $0, named: false) }
    }
}

extension CourseStepModel {
    /// For each sibling: placed together, and if not, whether the sibling's situation was assessed (a legal question each,
    /// unanswered until the caseworker answers). Whether the sibling is placed itself is the journal's, not the form's.
    /// A placement amended that was recorded before siblings were asked about, of a child without siblings, stays so (nil).
    func siblingAnswers(_ f: FormValues) throws -> [SiblingAtPlacement]? {
        if siblings.isEmpty, case .placementStarted(let original)? = amending?.payload, original.siblings == nil { return nil }
        return try siblings.map { placement in
            let sibling = placement.id
            let together = try f.answeredYesNo(SiblingAtPlacement.togetherField(sibling))
            guard !together else { return SiblingAtPlacement(sibling: sibling, siblingPlaced: placement.sibling.placed, placedTogether: true) }
            let assessment = try f.answer(SiblingAtPlacement.assessmentField(sibling), as: SiblingAssessment.self)
            return SiblingAtPlacement(sibling: sibling, siblingPlaced: placement.sibling.placed, placedTogether: false, assessment: assessment,
                                      notRelevantReason: assessment == .notRelevant ? f.text(SiblingAtPlacement.reasonField(sibling)) : nil)
        }
    }

    /// "Asked for" cannot fall through the cracks: each opens an afdækning on the sibling's own journal in the placement's
    /// transaction, so the sibling's case is open (on its caseworker's list, or the district's unassigned list) until the
    /// afdækning is concluded there.
    static func siblingAssessments(_ start: PlacementStart, occurredAt: Date) -> [EntryDraft] {
        let day = Format.date(DanishTime.localDate(of: occurredAt), .da)
        return start.siblingAssessmentsAskedFor.map { sibling in
            EntryDraft(payload: .focusedAssessment(AssessmentStart(reason: Strings.siblingAssessmentReason.filled(day)(.da))),
                       occurredAt: occurredAt, onChild: sibling)
        }
    }

    /// The form's values of a placement's sibling answers (amending it).
    static func siblingValues(_ answers: [SiblingAtPlacement]?) -> [String: String] {
        var values: [String: String] = [:]
        for answer in answers ?? [] {
            values[SiblingAtPlacement.togetherField(answer.sibling)] = answer.placedTogether ? "yes" : "no"
            if let assessment = answer.assessment { values[SiblingAtPlacement.assessmentField(answer.sibling)] = assessment.rawValue }
            if let reason = answer.notRelevantReason { values[SiblingAtPlacement.reasonField(answer.sibling)] = reason }
        }
        return values
    }
}

extension CourseStepView {
    /// The placement step's questions about the siblings, one group each.
    static func siblingFields(_ model: CourseStepModel, _ form: FormFields, _ context: PageContext) -> Node<HTML.FormContext> {
        .if(!model.siblings.isEmpty, .element(named: "fieldset", nodes: [
            .id("placement-siblings"),
            .element(named: "legend", nodes: [.plain(context.t(Strings.placementSiblingsLegend))]),
            .p(.class("hint"), .plain(context.t(Strings.placementSiblingsHint))),
            .forEach(model.siblings) { placement in
                let sibling = placement.sibling
                let name = placement.named ? sibling.item.name : context.t(Strings.siblingWithoutName)
                return .div(.class("placement-sibling"), .id("placement-sibling-\(sibling.item.id.uuidString)"),
                    .p(.class("meta"), .plain("\(name) — \(context.t(Strings.siblingKinship(sibling.kinship)))"
                                              + (placement.named ? ", \(Format.age(sibling.item.birthDate, on: context.now, context.language))" : "")
                                              + ChildPageView.siblingLiving(sibling, context))),
                    form.questionYesNo(SiblingAtPlacement.togetherField(sibling.item.id), Strings.siblingPlacedTogether.filled(name)),
                    // Asked only when not placed together, so not `required` in the browser: unanswered, the server refuses it then.
                    form.choice(SiblingAtPlacement.assessmentField(sibling.item.id), Strings.siblingAssessmentQuestion.filled(name),
                                [("", context.t(Strings.chooseAnswer))]
                                    + SiblingAssessment.allCases.map { ($0.rawValue, context.t(Strings.siblingAssessment($0))) }),
                    form.text(SiblingAtPlacement.reasonField(sibling.item.id), Strings.siblingNotRelevantReason.filled(name)))
            },
        ]))
    }
}
