import Foundation
import Plot
import Vapor
import SporDomain
import SporStore

/// What the portal's home page shows, loaded once per request from the signed-in account's own child.
struct PortalModel {
    let account: FamilyAccountRecord
    let child: Child
    let age: Int
    let view: FamilyView
    let caseworkerName: String?
    let offers: OfferCatalogue
    /// The parent's own name, for a parent's account.
    let parentName: String?

    static func load(_ request: Request) async throws -> PortalModel {
        let account = try request.requireFamily()
        let store = request.store
        // The account names its child; no request parameter can name another.
        guard let child = try await store.child(id: account.child) else { throw Abort(.notFound) }
        let timeline = try await store.timeline(child: child.id)
        let state = timeline.state(immediateHelp: request.spor.configuration.courseRules.immediateHelp)
        let view = FamilyView(timeline: timeline, state: state, reader: account.reader, author: account.id)
        var caseworkerName: String?
        if let caseworker = view.caseworker { caseworkerName = try await store.user(id: caseworker)?.displayName }
        var parentName: String?
        if case .parent(let person) = account.reader {
            parentName = try await store.relations(child: child.id).first { $0.person.id == person }?.person.fullName
        }
        return PortalModel(account: account, child: child, age: child.birthDate.age(on: DanishTime.localDate(of: request.now)), view: view,
                           caseworkerName: caseworkerName, offers: request.spor.configuration.offers, parentName: parentName)
    }

    var isChild: Bool { account.reader == .child }
}

/// The portal's pages: a calmer frame than the staff pages, larger text, short sentences.
enum PortalView {
    // MARK: Frame

    /// `signedIn` is the reader of a signed-in account (nil on the sign-in pages): a parent's menu says "the child's plan".
    static func render(_ request: Request, title: String, status: HTTPStatus = .ok, signedIn reader: FamilyReader?,
                       _ content: (PageContext) -> Node<HTML.BodyContext>) -> Response {
        let context = PageContext(request)
        let signedIn = reader != nil
        let header: Node<HTML.BodyContext> = .header(.class("site-header"),
            .div(.class("brand"),
                 .a(.href(signedIn ? "/portal" : "/portal/login"), .plain(context.t(Strings.portalName))),
                 .span(.class("tagline"), .plain(context.t(Strings.portalTagline)))),
            .if(signedIn, .nav(.attribute(named: "aria-label", value: context.t(Strings.portalNav)),
                .ul(
                    navItem("/portal", reader == .child ? Strings.portalNavPlan : Strings.portalNavParent, context),
                    navItem("/portal/say", Strings.portalNavSay, context)))),
            .div(.class("session"),
                 .if(signedIn, .form(.id("logout-form"), .action("/portal/logout"), .method(.post),
                                     csrfField(context),
                                     .button(.id("logout-submit"), .type(.submit), .class("link-button"), .plain(context.t(Strings.portalLogout))))),
                 Page.languageForm(context)))
        return Page.document(context, title: "\(title) · \(context.t(Strings.portalName))", bodyClass: "portal", status: status,
                             header: header, content(context))
    }

    private static func navItem(_ path: String, _ title: LocalizedText, _ context: PageContext) -> Node<HTML.ListContext> {
        .li(.a(.href(path), .plain(context.t(title)), .if(context.path == path, .attribute(named: "aria-current", value: "page"))))
    }

    private static func errorLine(_ message: String?) -> Node<HTML.BodyContext> {
        .unwrap(message) { .p(.class("error"), .id("form-error"), .attribute(named: "role", value: "alert"), .plain($0)) }
    }

    // MARK: Sign-in and activation

    static func login(_ request: Request, error: String?, username: String, status: HTTPStatus = .ok) -> Response {
        render(request, title: Strings.portalLoginTitle(request.language), status: status, signedIn: nil) { context in
            .div(.class("login"),
                .h1(.plain(context.t(Strings.portalLoginTitle))),
                .p(.plain(context.t(Strings.portalLoginIntro))),
                errorLine(error),
                .form(.id("portal-login-form"), .action("/portal/login"), .method(.post),
                    csrfField(context),
                    LoginView.credentials(username, context),
                    .button(.id("portal-login-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.loginButton)))),
                .p(.a(.href("/portal/activate"), .plain(context.t(Strings.portalFirstTime)))),
                .p(.class("meta"), .a(.href("/login"), .plain(context.t(Strings.portalStaffLogin)))))
        }
    }

    static func activate(_ request: Request, error: DomainError?, code: String, username: String, status: HTTPStatus = .ok) -> Response {
        render(request, title: Strings.activateTitle(request.language), status: status, signedIn: nil) { context in
            let message = error.map { context.t(Strings.error($0.code)) }
            let fieldError = { (field: String) -> String? in error?.field == field ? message : nil }
            return .div(.class("login"),
                .h1(.plain(context.t(Strings.activateTitle))),
                .p(.plain(context.t(Strings.activateIntro))),
                errorLine(message),
                .form(.id("activate-form"), .action("/portal/activate"), .method(.post),
                    csrfField(context),
                    Components.field(context.t(Strings.activationCode), id: "code", error: fieldError("code"),
                        .group(.p(.class("hint"), .id("code-hint"), .plain(context.t(Strings.activationCodeHint))),
                               .input(.id("code"), .name("code"), .type(.text), .value(escapeAttribute(code)), .autocomplete(false),
                                      .required(true), .attribute(named: "aria-describedby", value: "code-hint"),
                                      .attribute(named: "autocapitalize", value: "characters")))),
                    Components.field(context.t(Strings.chooseUsername), id: "username", error: fieldError("username"),
                        .group(.p(.class("hint"), .id("username-hint"), .plain(context.t(Strings.usernameHint))),
                               .input(.id("username"), .name("username"), .type(.text), .value(escapeAttribute(username)), .autocomplete(false),
                                      .required(true), .attribute(named: "aria-describedby", value: "username-hint"),
                                      .attribute(named: "autocapitalize", value: "none")))),
                    Components.field(context.t(Strings.choosePassword), id: "password", error: fieldError("password"),
                        .group(.p(.class("hint"), .id("password-hint"), .plain(context.t(Strings.passwordHint))),
                               .input(.id("password"), .name("password"), .type(.password), .required(true),
                                      .attribute(named: "aria-describedby", value: "password-hint")))),
                    Components.field(context.t(Strings.repeatPassword), id: "repeat", error: fieldError("repeat"),
                        .input(.id("repeat"), .name("repeat"), .type(.password), .required(true))),
                    .button(.id("activate-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.activateButton)))))
        }
    }

    // MARK: Min plan

    static func home(_ request: Request, _ model: PortalModel) -> Response {
        let title = model.isChild ? Strings.myPlanTitle(request.language) : Strings.parentPlanTitle(request.language, genitive(model.child.givenName, request.language))
        return render(request, title: title, signedIn: model.account.reader) { context in
            model.isChild ? childPlan(model, context) : parentPlan(model, context)
        }
    }

    private static func childPlan(_ model: PortalModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        .div(.class("portal-page"),
            .h1(.plain(context.t(Strings.hello(model.child.givenName)))),
            .p(.class("lead"), .plain(context.t(Strings.myPlanIntro))),
            section("portal-goals", Strings.myGoals, context, goals(model, context)),
            .unwrap(model.view.childsHopes.flatMap { $0.isEmpty ? nil : $0 }) { hopes in
                section("portal-hopes", Strings.myHopes, context, .p(.class("text"), .plain(hopes)))
            },
            section("portal-help", Strings.myHelp, context, help(model, context)),
            section("portal-contact", Strings.myContact, context, contact(model, context)),
            section("portal-meeting", Strings.myNextMeeting, context, nextMeeting(model, context)),
            section("portal-rights", Strings.myRights, context,
                .ul(.class("rights"), .forEach(ChildRight.all(age: model.age)) { right in
                    .li(.class(right.holds ? "holds" : "later"),
                        .p(.plain(context.t(Strings.rightText(right.kind)))),
                        .p(.class("meta"), .plain(right.holds ? context.t(Strings.rightHolds) : context.t(Strings.rightFromAge, String(right.fromAge ?? 0)))))
                })),
            section("portal-offers", Strings.openOffersTitle, context,
                .group(.p(.plain(context.t(Strings.openOffersIntro))),
                       .ul(.forEach(model.offers.openOffers(forAge: model.age)) { offer in
                           .li(.strong(.plain(offer.name)), .plain(" — \(offer.provider)"), .p(.class("meta"), .plain(offer.description)))
                       }))),
            sent(model, context))
    }

    private static func parentPlan(_ model: PortalModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        .div(.class("portal-page"),
            .h1(.plain(context.t(Strings.parentPlanTitle, genitive(model.child.givenName, context.language)))),
            .p(.class("lead"), .plain(context.t(Strings.parentIntro))),
            section("portal-goals", Strings.parentGoals, context, goals(model, context)),
            section("portal-help", Strings.parentHelp, context, help(model, context)),
            section("portal-contact", Strings.parentContact, context, contact(model, context)),
            section("portal-meeting", Strings.parentMeetings, context,
                .group(nextMeeting(model, context),
                       model.view.meetings.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.noMeetings))) :
                        .ul(.forEach(model.view.meetings.prefix(10)) { meeting in
                            .li(.plain("\(context.t(Strings.meetingKind(meeting.kind))) · \(Format.date(DanishTime.localDate(of: meeting.at), context.language))"))
                        }))),
            section("portal-decisions", Strings.parentDecisions, context,
                model.view.decisions.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.noDecisions))) :
                    .ul(.class("decisions"), .forEach(model.view.decisions) { decision in
                        .li(.h3(.plain("\(context.t(Strings.decidedOn, Format.date(DanishTime.localDate(of: decision.decidedAt), context.language))): \(context.t(Strings.decisionOutcome(decision.outcome)))")),
                            .p(.plain(offerNames(decision.offers, model) + " · \(decision.legalBasis.paragraph)")),
                            .p(.plain(context.t(Strings.decisionPurpose, decision.purpose))),
                            .unwrap(decision.expectedEnd) { .p(.plain(context.t(Strings.decisionUntil, Format.date($0, context.language)))) },
                            .p(.class("complaint"), .plain(context.t(Strings.familyComplaintGuidance))))
                    })),
            sent(model, context))
    }

    /// "Tobias' plan", "Emmas plan"; "Tobias's plan" in English.
    static func genitive(_ name: String, _ language: Language) -> String {
        switch language {
        case .da: ["s", "x", "z"].contains(name.last.map { String($0).lowercased() } ?? "") ? name + "'" : name + "s"
        case .en: name + "'s"
        }
    }

    private static func offerNames(_ offers: [String], _ model: PortalModel) -> String {
        offers.map { (id: String) -> String in model.offers[id]?.name ?? id }.joined(separator: ", ")
    }

    private static func section(_ id: String, _ title: LocalizedText, _ context: PageContext, _ body: Node<HTML.BodyContext>) -> Node<HTML.BodyContext> {
        .section(.id(id), .class("portal-card"), .attribute(named: "aria-labelledby", value: "\(id)-title"),
                 .h2(.id("\(id)-title"), .plain(context.t(title))), body)
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
            .p(.a(.class("button-link"), .href("/portal/say"), .plain(context.t(Strings.sayBeforeMeeting)))))
    }

    private static func sent(_ model: PortalModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        .if(!model.view.sent.isEmpty, section("portal-sent", Strings.sentViewsTitle, context,
            .ul(.forEach(model.view.sent.prefix(10)) { sent in
                .li(.p(.class("meta"), .plain(context.t(Strings.sentOn, Format.dateTime(sent.at, context.language)))),
                    .unwrap(sent.views.text) { .p(.class("text"), .plain($0)) },
                    .if(!sent.views.scale.isEmpty, .ul(.forEach(sent.views.scale) { answer in
                        .li(.plain("\(answer.question) \(answer.value) / \(answer.maximum)"))
                    })))
            })))
    }

    // MARK: Det vil jeg gerne sige

    static func say(_ request: Request, _ model: PortalModel, error: String?, text: String, scale: [PortalScaleQuestion: Int], meetingOn: String,
                    status: HTTPStatus = .ok) -> Response {
        render(request, title: Strings.sayTitle(request.language), status: status, signedIn: model.account.reader) { context in
            .div(.class("portal-page"),
                .h1(.plain(context.t(Strings.sayTitle))),
                .p(.class("lead"), .plain(context.t(model.isChild ? Strings.sayIntro : Strings.sayParentIntro))),
                errorLine(error),
                .form(.id("say-form"), .action("/portal/say"), .method(.post), .class("narrow"),
                    csrfField(context),
                    Components.field(context.t(Strings.sayText), id: "text",
                        .group(.p(.class("hint"), .id("text-hint"), .plain(context.t(Strings.sayTextHint))),
                               .textarea(.id("text"), .name("text"), .attribute(named: "rows", value: "8"),
                                         .attribute(named: "aria-describedby", value: "text-hint"), .text(text)))),
                    .if(model.isChild, .element(named: "fieldset", nodes: [
                        .element(named: "legend", nodes: [.plain(context.t(Strings.sayScaleLegend))]),
                        .forEach(PortalScaleQuestion.allCases) { question in
                            Components.field(context.t(Strings.scaleQuestion(question)), id: "scale-\(question.rawValue)",
                                Components.select(id: "scale-\(question.rawValue)", name: "scale-\(question.rawValue)",
                                    [Components.option(value: "", text: context.t(Strings.scaleNoAnswer), selected: scale[question] == nil)]
                                    + (1...5).map { Components.option(value: String($0), text: context.t(Strings.scaleValue($0)), selected: scale[question] == $0) }))
                        },
                    ])),
                    Components.field(context.t(Strings.meetingDate), id: "meetingOn",
                        .input(.id("meetingOn"), .name("meetingOn"), .type(.date), .value(escapeAttribute(meetingOn)))),
                    .button(.id("say-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.sendButton)))),
                sent(model, context))
        }
    }
}
