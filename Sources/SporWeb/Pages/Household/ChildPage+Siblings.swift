import Foundation
import Plot
import SporDomain
import SporStore

extension ChildPageView {
    /// What a placement recorded about each sibling: placed together, or not and whether the sibling's situation was
    /// assessed. A sibling the reader may not open is told without a name.
    static func siblingsAtPlacement(_ start: PlacementStart, _ model: ChildPageModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        guard let siblings = start.siblings, !siblings.isEmpty else { return .empty }
        let names = Dictionary(model.siblings.map { ($0.item.id, $0.item.name) }, uniquingKeysWith: { first, _ in first })
        return .div(.class("placement-siblings"),
            .p(.plain(context.t(Strings.siblingsAtPlacementShown, ""))),
            .ul(.forEach(siblings) { answer in
                .li(.class(answer.placedTogether ? "placed-together" : "placed-apart"),
                    .plain((names[answer.sibling] ?? context.t(Strings.siblingWithoutName)) + " — " + siblingAnswer(answer, context)))
            }))
    }

    static func siblingAnswer(_ answer: SiblingAtPlacement, _ context: PageContext) -> String {
        if answer.placedTogether { return context.t(Strings.siblingPlacedTogetherShown) }
        let assessment = answer.assessment.map { context.t(Strings.siblingAssessmentShown($0)) } ?? ""
        return context.t(Strings.siblingPlacedApartShown) + " · " + assessment + (answer.notRelevantReason.map { ": \($0)" } ?? "")
    }
}
