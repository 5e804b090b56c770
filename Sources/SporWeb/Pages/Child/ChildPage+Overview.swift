import Foundation
import Plot
import SporDomain
import SporStore

extension ChildPageView {
    /// The case now: its phase, the concern level or a suspicion of abuse, and the last direct contact with the child.
    static func caseNow(_ model: ChildPageModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        let today = DanishTime.localDate(of: context.now)
        let phase = model.phase(today: today)
        return glanceCard(Strings.overviewCase, id: "glance-case", context,
            .element(named: "dl", nodes: [
                .element(named: "dt", nodes: [.plain(context.t(Strings.phaseLabel))]),
                .element(named: "dd", nodes: [.span(.class("phase phase-\(phase.rawValue)"), .plain(context.t(Strings.casePhase(phase))))]),
                .element(named: "dt", nodes: [.plain(context.t(Strings.columnConcern))]),
                .element(named: "dd", nodes: [concern(model, context)]),
                .element(named: "dt", nodes: [.plain(context.t(Strings.lastContactLabel))]),
                .element(named: "dd", nodes: [lastContact(model, today: today, context)]),
            ]))
    }

    static func lastContact(_ model: ChildPageModel, today: LocalDate, _ context: PageContext) -> Node<HTML.BodyContext> {
        guard let contact = model.timeline.lastDirectContact else {
            return .span(.class("empty no-contact"), .plain(context.t(Strings.noDirectContact)))
        }
        let day = DanishTime.localDate(of: contact.at)
        return .span(.class("last-contact"),
            // The entry's own year of the timeline, at its anchor.
            .a(.href(SiteURL.child(model.child.id).path(query: [("year", String(day.year))]) + "#entry-\(contact.entry.uuidString)"),
               .plain(context.t(Strings.directContact(contact.kind)))),
            .plain(" · "),
            .time(.datetime(Format.machine(contact.at)), .plain(Format.date(day, context.language))),
            .plain(" · "),
            .span(.class(today.dayNumber - day.dayNumber > 180 ? "ago long-ago" : "ago"), .plain(ago(from: day, to: today, context))))
    }

    /// "for 12 dage siden", "for 7 måneder siden", "for 2 år siden".
    static func ago(from day: LocalDate, to today: LocalDate, _ context: PageContext) -> String {
        let days = max(0, today.dayNumber - day.dayNumber)
        if days == 0 { return context.t(Strings.agoToday) }
        if days < 60 { return context.t(Strings.agoDays, String(days)) }
        if days < 730 { return context.t(Strings.agoMonths, String(days / 30)) }
        return context.t(Strings.agoYears, String(days / 365))
    }

    /// The parents and others related to the child (custody first) and whether the child lives with them, and the siblings
    /// (full or half, living with the child or not) with their own case status as far as the reader may open them; a sibling
    /// outside the reader's access is told as a sibling, never by name. The household page edits residence and siblings.
    static func household(_ model: ChildPageModel, _ context: PageContext, printing: Bool = false) -> Node<HTML.BodyContext> {
        let people = model.household
        let edit: Node<HTML.BodyContext> = .if(!printing && Authorization.allows(model.user.role, .writeEntry) && model.grounds.permits(.managingCase),
            .p(.class("meta"), .a(.id("household-edit"), .href(SiteURL.child(model.child.id, .household).path), .plain(context.t(Strings.householdEdit)))))
        guard !people.isEmpty || !model.siblings.isEmpty || !model.hiddenSiblings.isEmpty else {
            return glanceCard(Strings.householdTitle, id: "glance-household", context, .group(.p(.class("empty"), .plain(context.t(Strings.noHousehold))), edit))
        }
        return glanceCard(Strings.householdTitle, id: "glance-household", context, .group(
            .ul(
                .forEach(people) { person, relation in
                    .li(.class(relation.hasCustody ? "custody" : "relation"),
                        .plain("\(person.givenName) \(person.familyName) — \(context.t(Strings.relationKind(relation.kind)))"
                               + (relation.hasCustody ? " · \(context.t(Strings.custody))" : "")
                               + (relation.livesWith.map { " · " + context.t($0 ? Strings.livesWithMark : Strings.livesElsewhereMark) } ?? "")))
                },
                .forEach(model.siblings) { sibling in
                    .li(.class("sibling"),
                        .a(.href(SiteURL.child(sibling.item.id).path), .plain(sibling.item.name)),
                        .plain(" — \(context.t(Strings.siblingKinship(sibling.kinship))), \(Format.age(sibling.item.birthDate, on: context.now, context.language))"
                               + siblingLiving(sibling, context) + " · "
                               + context.t(sibling.item.isOpen ? Strings.siblingCaseOpen : Strings.siblingCaseClosed)
                               + (sibling.item.isOpen ? ", \(sibling.item.caseworkerName ?? context.t(Strings.noCaseworker))" : "")))
                },
                .forEach(model.hiddenSiblings) { sibling in
                    .li(.class("sibling no-access"), .plain(context.t(Strings.siblingHiddenShown, context.t(Strings.siblingKinship(sibling.kinship)))))
                }),
            edit))
    }

    /// " · lives with the child · placed", as far as it is known.
    static func siblingLiving(_ sibling: HouseholdSibling, _ context: PageContext) -> String {
        (sibling.livesWith.map { " · " + context.t($0 ? Strings.siblingLivesTogether : Strings.siblingLivesApart) } ?? "")
            + (sibling.placed ? " · " + context.t(Strings.siblingPlacedMark) : "")
    }

    /// The institution and the professionals the journal names, each once, the most recently named first.
    static func professionals(_ model: ChildPageModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        let named = model.timeline.professionals
        guard model.child.institution != nil || !named.isEmpty else {
            return glanceCard(Strings.professionalsTitle, id: "glance-professionals", context,
                              .p(.class("empty"), .plain(context.t(Strings.noProfessionals))))
        }
        return glanceCard(Strings.professionalsTitle, id: "glance-professionals", context,
            .ul(
                .unwrap(model.child.institution) { .li(.plain("\($0) — \(context.t(Strings.institutionMark))")) },
                .forEach(named.prefix(8)) { professional, at in
                    .li(.plain(professionalName(professional, model, context)),
                        .span(.class("meta"), .plain(" · " + context.t(Strings.lastNamed, Format.date(DanishTime.localDate(of: at), context.language)))))
                }))
    }

    static func professionalName(_ professional: Professional, _ model: ChildPageModel, _ context: PageContext) -> String {
        switch professional {
        case .profession(let source): context.t(Strings.concernSource(source))
        case .staff(let id): "\(model.staff[id]?.displayName ?? context.t(Strings.none)) — \(context.t(Strings.agreedActionOwner))"
        case .named(let name): name
        }
    }
}
