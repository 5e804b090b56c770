import Foundation
import Plot
import SporDomain
import SporStore

/// How an expected child reads wherever a child is shown: named by its due date, no age, no CPR number.
enum ExpectedText {
    /// "Forventet barn (termin 12. marts 2027)", with the family name when there is one; a born child's full name.
    static func name(_ child: Child, _ context: PageContext) -> String { name(child, context.language) }

    /// The same in `language`, for a page's title (made before the page's context).
    static func name(_ child: Child, _ language: SporDomain.Language) -> String {
        guard let dueDate = child.dueDate else { return child.fullName }
        let title = Strings.expectedChild(dueDate)(language)
        return child.familyName.isEmpty ? title : "\(title) – \(child.familyName)"
    }

    /// A list's row: "Forventet barn (termin …) – Hansen" for an expected child.
    static func name(_ item: ChildListItem, _ context: PageContext) -> String {
        guard let dueDate = item.dueDate else { return item.name }
        let title = context.t(Strings.expectedChild(dueDate))
        return item.name.isEmpty ? title : "\(title) – \(item.name)"
    }

    /// The age column of a list: the due date for an expected child.
    static func age(_ item: ChildListItem, _ context: PageContext) -> String {
        guard let dueDate = item.dueDate else { return Format.age(item.birthDate, on: context.now, context.language) }
        return context.t(Strings.expectedDue, Format.date(dueDate, context.language))
    }
}

extension ChildPageView {
    /// The facts that stand for age, birth date and CPR number on an expected child's page.
    static func expectedFacts(_ model: ChildPageModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        let parents = model.people.filter { [.mother, .father, .parent].contains($0.relation.kind) }.map(\.person.fullName).joined(separator: ", ")
        return .group(
            fact(Strings.dueDate, .plain(model.child.dueDate.map { Format.date($0, context.language) } ?? ""), context),
            fact(Strings.cprLabel, .plain(context.t(Strings.expectedNoCPR)), context),
            fact(Strings.expectedParents, .plain(parents.isEmpty ? context.t(Strings.none) : parents), context))
    }

    /// What an expected child's page offers instead of the course's steps: a notification before birth, the birth.
    static func expectedActions(_ model: ChildPageModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        let child = model.child
        return .div(.class("expected-actions"),
            .p(.class("hint"), .plain(context.t(Strings.expectedAllowed))),
            .ul(.class("course-steps"),
                .li(.a(.id("before-birth-link"), .class("course-step-link"), .href(SiteURL.child(child.id, .notificationBeforeBirth).path),
                       .plain(context.t(Strings.beforeBirthLink)))),
                .li(.a(.id("birth-link"), .class("course-step-link"), .href(SiteURL.child(child.id, .birth).path),
                       .plain(context.t(Strings.birthLink))))))
    }
}
