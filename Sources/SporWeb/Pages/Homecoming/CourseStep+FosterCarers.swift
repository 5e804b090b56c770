import Foundation
import Plot
import SporDomain

/// Foster carers named as a placement starts (issue 24, item 3): the placement step asks, optionally, for the first carer
/// (more are named later on the child page); for a network foster family the relation to the child is asked. Written after
/// the placement in the same transaction, naming it.
extension CourseStepModel {
    /// The `fosterCarers` entry that follows the placement `placement`, when a carer's name was given.
    /// The domain's refusals of the carer are named by this form's fields.
    static func fosterCarersOnStart(_ f: FormValues, placement: UUID, kind: PlacementKind, occurredAt: Date) throws -> [EntryDraft] {
        let given = f.text("fosterGivenName"), family = f.text("fosterFamilyName")
        guard !given.isEmpty || !family.isEmpty else { return [] }
        guard !given.isEmpty else { throw FormError(field: "fosterGivenName", text: Strings.error(.nameMissing)) }
        guard !family.isEmpty else { throw FormError(field: "fosterFamilyName", text: Strings.error(.nameMissing)) }
        let relation = f.text("fosterRelation").isEmpty ? nil : try f.choice("fosterRelation", as: NetworkRelation.self)
        if kind == .networkFosterFamily, relation == nil {
            throw FormError(field: "fosterRelation", text: Strings.homecomingError(.networkRelationUnanswered))
        }
        let carer = FosterCarer(person: UUID(), givenName: given, familyName: family, networkRelation: relation)
        return [EntryDraft(payload: .fosterCarers(FosterCarers(placement: placement, carers: [carer])), occurredAt: occurredAt)]
    }
}

extension CourseStepView {
    /// The first foster carer's fields on the placement step (not when amending: carers are named again on the child page).
    static func fosterCarerFields(_ model: CourseStepModel, _ form: FormFields) -> Node<HTML.FormContext> {
        guard model.amending == nil else { return .empty }
        let context = form.context
        let relations = NetworkRelation.allCases.map { ($0.rawValue, context.t(Strings.networkRelation($0))) }
        return .element(named: "fieldset", nodes: [
            .element(named: "legend", nodes: [.plain(context.t(Strings.fosterOnStartLegend))]),
            .p(.class("hint"), .plain(context.t(Strings.fosterOnStartHint))),
            form.text("fosterGivenName", Strings.fosterGivenName, maxLength: FosterCarers.maximumNameLength),
            form.text("fosterFamilyName", Strings.fosterFamilyName, maxLength: FosterCarers.maximumNameLength),
            form.choice("fosterRelation", Strings.fosterRelation, [("", context.t(Strings.chooseAnswer))] + relations),
        ])
    }
}
