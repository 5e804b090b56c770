import Foundation
import Vapor
import SporDomain

/// A path's variable part: `.key` where `routes.swift` declares the route, `.value` where a page links to it.
enum Parameter<Value: Sendable>: Sendable {
    case key
    case value(Value)
}

/// Every path of the application, typed. `routes.swift` declares each route with its `pathComponents`, and every
/// link, form action and redirect writes its `path`: a path is spelled in this file only.
enum SiteURL: Sendable {
    case healthz, stylesheet, openAPI
    /// Operations (issue 26): liveness, readiness, Prometheus metrics.
    case livez, readyz, metrics
    case root, login, logout, loginCode, language
    /// Signing in at the municipality's OpenID provider (issue 25): leaving for it, and coming back.
    case loginOIDC, loginOIDCCallback

    // The family's portal.
    case portal, portalLogin, portalLogout, portalActivate, portalSay
    case portalLetterFile(Parameter<UUID>, Parameter<String>)

    case account, accountTokens, accountTokenRevoke(Parameter<UUID>), accountTOTP

    case children, team, breakGlassReview, teamNotRelevant
    case intake, intakeNew
    case meetingsNew, meetings
    case worklist, tray, trayAssign(Parameter<UUID>)
    case search, outreach, professional
    case actions
    case childrenNew

    // The municipality's policy.
    case policy, indicatorsCSV, indicator(Parameter<String>), indicatorChildren(Parameter<String>)
    case tracker, initiative(Parameter<String>), initiativeStatus(Parameter<String>)
    case initiativeNew, initiativeEdit(Parameter<String>)
    case policyNew, policyEdit(Parameter<String>), trackNew(Parameter<String>), trackEdit(Parameter<String>)
    case goalNew(Parameter<String>), goalEdit(Parameter<String>)
    case policyVersions, policyVersion(Parameter<Int>)
    /// The municipality's preparedness plan against abuse (issue 24, item 1).
    case preparednessPlan
    case rounds, roundRemind(Parameter<String>)
    case report, reportYear(Parameter<Int>), reportExport(Parameter<Int>, Parameter<String>)

    // Administration.
    case admin, adminUsers, adminUser(Parameter<UUID>, UserAction)
    case concernScale, offers, offer(Parameter<String>)
    case letterTemplates, letterTemplate(Parameter<String>)
    /// The rule book, read only (issue 24, item 4).
    case adminRules
    /// The municipality's settings without code (issue 25, item 2).
    case adminSettings
    /// The tamper check's last result (issue 26, item 1).
    case adminVerify

    case consultations, consultationsEarlyHelp, consultationLink(Parameter<UUID>)

    // Participation in open offers (issue 23, item 4): enrolling children, alone or as a group, and ending the group.
    case participationNew, participation, participationGroup(Parameter<UUID>), participationGroupEnd(Parameter<UUID>)

    // Expected children (issue 23, item 1): registering one; its notification before birth and its birth are child paths.
    case expectedNew, expected

    /// Foster carers and the children placed with them (issue 24, item 3).
    case fosterCarersList

    /// A page or an action on one child.
    case child(Parameter<UUID>, ChildPath = .page)

    /// The JSON API: version 1, and version 2 where an entry is `{kind, payload}` (the domain's own payload).
    case api(APIPath, version: APIVersion = .v1)

    enum UserAction: String, Sendable { case deactivate, reactivate, unlock }

    enum ChildPath: Sendable {
        case page, accessLog, export, exportJSON, breakGlass
        case notification(Parameter<UUID>, NotificationAction)
        case concerns, notes, assign, close
        /// The homecoming's steps and a placement's foster carers (issue 24, item 3).
        case homecomingDecision, homecomingPlan, homecomingEnd, homecomingFollowUp, fosterCarers
        case course(Parameter<String>)
        case family, familyCode(Parameter<UUID>), familyRevoke(Parameter<UUID>)
        case correct(Parameter<UUID>)
        case agreedAction(meeting: Parameter<UUID>, action: Parameter<UUID>)
        case messageDone(Parameter<UUID>)
        case notRelevant
        case letterNew(Parameter<String>), letter(Parameter<UUID>), letterFile(Parameter<UUID>, Parameter<String>)
        case attachmentsNew, attachments, attachmentFile(Parameter<UUID>)
        /// School and work (issue 23, item 2): a status, and absence the school reported.
        case schooling, absence
        /// A placed child's contact plan and its visits (issue 24, item 3).
        case contactPlan, contactVisit
        /// A step of the preparedness on a notification about abuse (issue 24, item 1), by `PreparednessStepKind`.
        case preparedness(Parameter<String>)
        case exportZIP
        case notificationBeforeBirth, birth
        /// The household (issue 24, item 2): its page, whom the child lives with, a sibling linked.
        case household, householdLivesWith, householdSibling
    }

    enum NotificationAction: String, Sendable { case assessment, receipt, feedback }

    enum APIVersion: String, Sendable, CaseIterable { case v1, v2 }

    enum APIPath: Sendable {
        case worklist, rules, indicators, children, notifications
        case child(Parameter<UUID>), entries(Parameter<UUID>)
    }

    /// One segment of a path.
    enum Segment: Equatable {
        case constant(String)
        /// A route parameter's name, and its value when the path is a link.
        case parameter(String, String?)
    }

    var segments: [Segment] {
        switch self {
        case .healthz: ["healthz"].constants
        case .livez: ["livez"].constants
        case .readyz: ["readyz"].constants
        case .metrics: ["metrics"].constants
        case .stylesheet: ["static", "spor.css"].constants
        case .openAPI: ["api", "openapi.json"].constants
        case .root: []
        case .login: ["login"].constants
        case .logout: ["logout"].constants
        case .loginCode: ["login", "totp"].constants
        case .language: ["language"].constants
        case .portal: ["portal"].constants
        case .portalLogin: ["portal", "login"].constants
        case .portalLogout: ["portal", "logout"].constants
        case .portalActivate: ["portal", "activate"].constants
        case .portalSay: ["portal", "say"].constants
        case .portalLetterFile(let entry, let hash): ["portal", "letters"].constants + [.named("entryID", entry), .named("sha256", hash)]
        case .loginOIDC: ["login", "oidc"].constants
        case .loginOIDCCallback: ["login", "oidc", "callback"].constants
        case .account: ["account"].constants
        case .accountTokens: ["account", "tokens"].constants
        case .accountTokenRevoke(let token): ["account", "tokens"].constants + [.named("tokenID", token), .constant("revoke")]
        case .accountTOTP: ["account", "totp"].constants
        case .children: ["children"].constants
        case .team: ["team"].constants
        case .breakGlassReview: ["team", "break-glass"].constants
        case .teamNotRelevant: ["team", "not-relevant"].constants
        case .intake: ["intake"].constants
        case .intakeNew: ["intake", "new"].constants
        case .meetingsNew: ["meetings", "new"].constants
        case .meetings: ["meetings"].constants
        case .worklist: ["worklist"].constants
        case .tray: ["tray"].constants
        case .trayAssign(let child): ["tray", "children"].constants + [.named("childID", child), .constant("assign")]
        case .search: ["search"].constants
        case .outreach: ["outreach"].constants
        case .professional: ["professional"].constants
        case .actions: ["actions"].constants
        case .childrenNew: ["children", "new"].constants
        case .policy: ["policy"].constants
        case .indicatorsCSV: ["policy", "indicators.csv"].constants
        case .indicator(let id): ["policy", "indicators"].constants + [.named("indicatorID", id)]
        case .indicatorChildren(let id): ["policy", "indicators"].constants + [.named("indicatorID", id), .constant("children")]
        case .tracker: ["policy", "tracker"].constants
        case .initiative(let id): ["policy", "initiatives"].constants + [.named("initiativeID", id)]
        case .initiativeStatus(let id): ["policy", "initiatives"].constants + [.named("initiativeID", id), .constant("status")]
        case .initiativeNew: ["policy", "new-initiative"].constants
        case .initiativeEdit(let id): ["policy", "initiatives"].constants + [.named("initiativeID", id), .constant("edit")]
        case .policyNew: ["policy", "new-policy"].constants
        case .policyEdit(let id): ["policy", "policies"].constants + [.named("policyID", id), .constant("edit")]
        case .trackNew(let id): ["policy", "policies"].constants + [.named("policyID", id), .constant("new-track")]
        case .trackEdit(let id): ["policy", "tracks"].constants + [.named("trackID", id), .constant("edit")]
        case .goalNew(let id): ["policy", "tracks"].constants + [.named("trackID", id), .constant("new-goal")]
        case .goalEdit(let id): ["policy", "goals"].constants + [.named("goalID", id), .constant("edit")]
        case .policyVersions: ["policy", "versions"].constants
        case .preparednessPlan: ["policy", "preparedness-plan"].constants
        case .policyVersion(let number): ["policy", "versions"].constants + [.named("version", number)]
        case .rounds: ["policy", "rounds"].constants
        case .roundRemind(let id): ["policy", "rounds"].constants + [.named("roundID", id), .constant("remind")]
        case .report: ["policy", "report"].constants
        case .reportYear(let year): ["policy", "report"].constants + [.named("year", year)]
        case .reportExport(let year, let format):
            ["policy", "report"].constants + [.named("year", year), .constant("export"), .named("format", format)]
        case .admin: ["admin"].constants
        case .adminUsers: ["admin", "users"].constants
        case .adminUser(let user, let action): ["admin", "users"].constants + [.named("userID", user), .constant(action.rawValue)]
        case .concernScale: ["admin", "concern-scale"].constants
        case .offers: ["admin", "offers"].constants
        case .offer(let id): ["admin", "offers"].constants + [.named("offerID", id)]
        case .letterTemplates: ["admin", "letter-templates"].constants
        case .adminRules: ["admin", "rules"].constants
        case .adminSettings: ["admin", "settings"].constants
        case .adminVerify: ["admin", "verify"].constants
        case .letterTemplate(let kind): ["admin", "letter-templates"].constants + [.named("kind", kind)]
        case .consultations: ["consultations"].constants
        case .consultationsEarlyHelp: ["consultations", "early-help"].constants
        case .consultationLink(let id): ["consultations"].constants + [.named("consultationID", id), .constant("link")]
        case .participationNew: ["participation", "new"].constants
        case .participation: ["participation"].constants
        case .participationGroup(let id): ["participation", "groups"].constants + [.named("groupID", id)]
        case .participationGroupEnd(let id): ["participation", "groups"].constants + [.named("groupID", id), .constant("end")]
        case .expectedNew: ["expected", "new"].constants
        case .expected: ["expected"].constants
        case .fosterCarersList: ["foster-carers"].constants
        case .child(let child, let path): [.constant("children"), .named("childID", child)] + path.segments
        case .api(let path, let version): ["api", version.rawValue].constants + path.segments
        }
    }

    /// The path a link, a form or a redirect writes (`/children/…`), its values percent-encoded.
    var path: String {
        "/" + segments.map { segment in
            switch segment {
            case .constant(let text): text
            case .parameter(let name, let value):
                value.map(SiteURL.encodedValue) ?? ":\(name)"
            }
        }.joined(separator: "/")
    }

    private static let valueAllowed = CharacterSet.urlPathAllowed.subtracting(["/"])

    /// A path value percent-encoded. Most are ids (letters, digits, `-`): those are returned as they are without
    /// Foundation's encoder, which a child page calls hundreds of times (issue 26: 3 % of the page in `perf`).
    static func encodedValue(_ value: String) -> String {
        let unreserved = value.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E
        }
        return unreserved ? value : value.addingPercentEncoding(withAllowedCharacters: valueAllowed) ?? ""
    }

    /// The path with a query (`?kind=deadline&child=…`); empty values are left out.
    func path(query: [(String, String)]) -> String {
        let items = query.filter { !$0.1.isEmpty }
        guard !items.isEmpty else { return path }
        var components = URLComponents()
        components.queryItems = items.map { URLQueryItem(name: $0.0, value: $0.1) }
        // `+` would read as a space in a form-encoded query.
        let encoded = components.percentEncodedQuery?.replacingOccurrences(of: "+", with: "%2B") ?? ""
        return path + "?" + encoded
    }

    /// The path with a fragment (`#entry-…`).
    func path(fragment: String) -> String { path + "#" + fragment }

    /// The route's components for `routes.swift`: parameters by name.
    var pathComponents: [PathComponent] {
        segments.map { segment in
            switch segment {
            case .constant(let text): .constant(text)
            case .parameter(let name, _): .parameter(name)
            }
        }
    }

    /// The prefix of every API path (`/api`), for middleware that treats the API apart.
    static let apiPrefix = "/api/"
    /// The prefix of the static files.
    static let staticPrefix = "/static/"
}

extension SiteURL.ChildPath {
    var segments: [SiteURL.Segment] {
        switch self {
        case .page: []
        case .accessLog: ["access-log"].constants
        case .export: ["export"].constants
        case .exportJSON: ["export.json"].constants
        case .breakGlass: ["break-glass"].constants
        case .notification(let entry, let action): [.constant("notifications"), .named("entryID", entry), .constant(action.rawValue)]
        case .concerns: ["concerns"].constants
        case .notes: ["notes"].constants
        case .assign: ["assign"].constants
        case .close: ["close"].constants
        case .homecomingDecision: ["homecoming", "decision"].constants
        case .homecomingPlan: ["homecoming", "plan"].constants
        case .homecomingEnd: ["homecoming", "end"].constants
        case .homecomingFollowUp: ["homecoming", "follow-up"].constants
        case .fosterCarers: ["foster-carers"].constants
        case .course(let step): [.constant("course"), .named("step", step)]
        case .family: ["family"].constants
        case .familyCode(let account): [.constant("family"), .named("accountID", account), .constant("code")]
        case .familyRevoke(let account): [.constant("family"), .named("accountID", account), .constant("revoke")]
        case .correct(let entry): [.constant("entries"), .named("entryID", entry), .constant("correct")]
        case .agreedAction(let meeting, let action): [.constant("actions"), .named("meetingID", meeting), .named("actionID", action)]
        case .messageDone(let entry): [.constant("messages"), .named("entryID", entry), .constant("done")]
        case .notRelevant: ["not-relevant"].constants
        case .letterNew(let kind): [.constant("letters"), .constant("new"), .named("kind", kind)]
        case .letter(let entry): [.constant("letters"), .named("entryID", entry)]
        case .letterFile(let entry, let hash): [.constant("letters"), .named("entryID", entry), .constant("files"), .named("sha256", hash)]
        case .attachmentsNew: ["attachments", "new"].constants
        case .attachments: ["attachments"].constants
        case .attachmentFile(let entry): [.constant("attachments"), .named("entryID", entry), .constant("file")]
        case .exportZIP: ["export.zip"].constants
        case .schooling: ["schooling"].constants
        case .absence: ["absence"].constants
        case .contactPlan: ["contact-plan"].constants
        case .contactVisit: ["contact-visit"].constants
        case .preparedness(let step): [.constant("preparedness"), .named("step", step)]
        case .notificationBeforeBirth: ["notification-before-birth"].constants
        case .birth: ["birth"].constants
        case .household: ["household"].constants
        case .householdLivesWith: ["household", "lives-with"].constants
        case .householdSibling: ["household", "siblings"].constants
        }
    }
}

extension SiteURL.APIPath {
    var segments: [SiteURL.Segment] {
        switch self {
        case .worklist: ["worklist"].constants
        case .rules: ["rules"].constants
        case .indicators: ["indicators"].constants
        case .children: ["children"].constants
        case .notifications: ["notifications"].constants
        case .child(let child): [.constant("children"), .named("childID", child)]
        case .entries(let child): [.constant("children"), .named("childID", child), .constant("entries")]
        }
    }
}

extension SiteURL {
    /// A child's page, the most common link.
    static func child(_ id: UUID, _ path: ChildPath = .page) -> SiteURL { .child(.value(id), path) }
}

private extension Array where Element == String {
    var constants: [SiteURL.Segment] { map(SiteURL.Segment.constant) }
}

private extension SiteURL.Segment {
    static func named(_ name: String, _ parameter: Parameter<UUID>) -> Self {
        switch parameter {
        case .key: .parameter(name, nil)
        case .value(let id): .parameter(name, id.uuidString)
        }
    }

    static func named(_ name: String, _ parameter: Parameter<String>) -> Self {
        switch parameter {
        case .key: .parameter(name, nil)
        case .value(let text): .parameter(name, text)
        }
    }

    static func named(_ name: String, _ parameter: Parameter<Int>) -> Self {
        switch parameter {
        case .key: .parameter(name, nil)
        case .value(let number): .parameter(name, String(number))
        }
    }
}

extension RoutesBuilder {
    @discardableResult
    func get<Response: AsyncResponseEncodable>(_ url: SiteURL, access: RouteAccess,
                                               use handler: @Sendable @escaping (Request) async throws -> Response) -> Route {
        declare(.GET, url.pathComponents, access: access, use: handler)
    }

    @discardableResult
    func post<Response: AsyncResponseEncodable>(_ url: SiteURL, access: RouteAccess, maxBody: ByteCount? = nil,
                                                use handler: @Sendable @escaping (Request) async throws -> Response) -> Route {
        declare(.POST, url.pathComponents, access: access, maxBody: maxBody, use: handler)
    }
}

extension Request {
    /// A redirect to a page of the application (303 after a form).
    func redirect(to url: SiteURL, redirectType: Vapor.Redirect = .normal) -> Response {
        redirect(to: url.path, redirectType: redirectType)
    }
}
