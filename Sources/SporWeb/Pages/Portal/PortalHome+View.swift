import Foundation
import Plot
import SporDomain

/// "Min plan": the child's goals and how they go, the help, the contact, the next meeting, their rights and open
/// offers; a parent's page has the meetings and the decisions with how to complain instead of the rights.
enum PortalHomeView {
    static func body(_ model: PortalModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        model.isChild ? childPlan(model, context) : parentPlan(model, context)
    }

    private static func childPlan(_ model: PortalModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        .div(.class("portal-page"),
            .h1(.plain(context.t(Strings.hello(model.child.givenName)))),
            .p(.class("lead"), .plain(context.t(Strings.myPlanIntro))),
            PortalView.section("portal-goals", Strings.myGoals, context, goals(model, context)),
            .unwrap(model.view.childsHopes.flatMap { $0.isEmpty ? nil : $0 }) { hopes in
                PortalView.section("portal-hopes", Strings.myHopes, context, .p(.class("text"), .plain(hopes)))
            },
            PortalView.section("portal-help", Strings.myHelp, context, help(model, context)),
            PortalView.section("portal-contact", Strings.myContact, context, contact(model, context)),
            PortalView.section("portal-meeting", Strings.myNextMeeting, context, nextMeeting(model, context)),
            PortalView.section("portal-rights", Strings.myRights, context,
                .ul(.class("rights"), .forEach(ChildRight.all(age: model.age)) { right in
                    .li(.class(right.holds ? "holds" : "later"),
                        .p(.plain(context.t(Strings.rightText(right.kind)))),
                        .p(.class("meta"), .plain(right.holds ? context.t(Strings.rightHolds) : context.t(Strings.rightFromAge, String(right.fromAge ?? 0)))))
                })),
            PortalView.section("portal-offers", Strings.openOffersTitle, context,
                .group(.p(.plain(context.t(Strings.openOffersIntro))),
                       .ul(.forEach(model.offers.openOffers(forAge: model.age)) { offer in
                           .li(.strong(.plain(offer.name)), .plain(" — \(offer.provider)"), .p(.class("meta"), .plain(offer.description)))
                       }))),
            leisureOffers(model, context),
            letters(model, context),
            PortalView.sent(model, context))
    }

    private static func parentPlan(_ model: PortalModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        .div(.class("portal-page"),
            .h1(.plain(context.t(model.title))),
            .p(.class("lead"), .plain(context.t(Strings.parentIntro))),
            PortalView.section("portal-goals", Strings.parentGoals, context, goals(model, context)),
            PortalView.section("portal-help", Strings.parentHelp, context, help(model, context)),
            PortalView.section("portal-contact", Strings.parentContact, context, contact(model, context)),
            PortalView.section("portal-meeting", Strings.parentMeetings, context,
                .group(nextMeeting(model, context),
                       model.view.meetings.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.noMeetings))) :
                        .ul(.forEach(model.view.meetings.prefix(10)) { meeting in
                            .li(.plain("\(context.t(Strings.meetingKind(meeting.kind))) · \(Format.date(DanishTime.localDate(of: meeting.at), context.language))"))
                        }))),
            PortalView.section("portal-decisions", Strings.parentDecisions, context,
                model.view.decisions.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.noDecisions))) :
                    .ul(.class("decisions"), .forEach(model.view.decisions) { decision in
                        .li(.h3(.plain("\(context.t(Strings.decidedOn, Format.date(DanishTime.localDate(of: decision.decidedAt), context.language))): \(context.t(Strings.decisionOutcome(decision.outcome)))")),
                            .p(.plain(offerNames(decision.offers, model) + " · \(decision.legalBasis.paragraph)")),
                            .p(.plain(context.t(Strings.decisionPurpose, decision.purpose))),
                            .unwrap(decision.expectedEnd) { .p(.plain(context.t(Strings.decisionUntil, Format.date($0, context.language)))) },
                            .p(.class("complaint"), .plain(context.t(Strings.familyComplaintGuidance))))
                    })),
            leisureOffers(model, context),
            letters(model, context),
            PortalView.sent(model, context))
    }

    private static func offerNames(_ offers: [String], _ model: PortalModel) -> String {
        offers.map { (id: String) -> String in model.offers[id]?.name ?? id }.joined(separator: ", ")
    }

    private static func goals(_ model: PortalModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        model.view.goals.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.noGoalsYet))) :
            .ul(.class("goals"), .forEach(model.view.goals) { goal in
                .li(.strong(.plain(goal.what)),
                    .p(.class("going"), .plain(context.t(Strings.goalGoing(goal.rating)))),
                    .p(.class("meta"), .plain("\(context.t(Strings.goalBy, Format.date(goal.byWhen, context.language))) · \(context.t(Strings.goalHowWeKnow, goal.howWeWillKnow))")))
            })
    }

    private static func help(_ model: PortalModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        model.view.help.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.noHelpYet))) :
            .ul(.forEach(model.view.help) { help in
                let offer = model.offers[help.offer]
                return .li(.strong(.plain(offer?.name ?? help.offer)),
                           .p(.class("meta"), .plain(context.t(Strings.helpFrom, offer?.provider ?? "", Format.date(DanishTime.localDate(of: help.since), context.language)))))
            })
    }

    private static func contact(_ model: PortalModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .p(.plain(model.caseworkerName.map { context.t(model.isChild ? Strings.contactIs : Strings.parentContactIs, $0) }
                      ?? context.t(Strings.noContactYet))),
            .p(.plain(context.t(Strings.contactHow))))
    }

    private static func nextMeeting(_ model: PortalModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .p(.plain(model.view.nextFollowUp.map { context.t(Strings.nextMeetingOn, Format.date($0, context.language)) } ?? context.t(Strings.noNextMeeting))),
            .p(.a(.class("button-link"), .href(SiteURL.portalSay.path), .plain(context.t(Strings.sayBeforeMeeting)))))
    }
}
