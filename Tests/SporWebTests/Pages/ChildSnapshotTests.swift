import Foundation
import Plot
import SnapshotTesting
import XCTest
import SporDomain
@testable import SporStore
@testable import SporWeb

/// The child's area in Danish and English from models made by hand at a fixed time (`__Snapshots__/ChildSnapshotTests`):
/// the child page, the lists, registering a child, a correction, the export, the access log, break-the-glass and the
/// family's accounts. What the user can do is asserted in `WebTests`, `ChildGlanceTests`, `BreakGlassScopeTests` ….
final class ChildSnapshotTests: XCTestCase {
    typealias F = PageFixtures

    static let childID = F.id(10)
    static let child = Child(id: childID, municipality: 707, givenName: "Alma", familyName: "Andersen",
                             birthDate: LocalDate(year: 2014, month: 3, day: 2)!, sex: .female, district: F.team.district,
                             institution: "Grenaa Skole")
    static let mother = Person(id: F.id(30), municipality: 707, givenName: "Mette", familyName: "Andersen")

    static func hoursAgo(_ hours: Double) -> Date { F.now.addingTimeInterval(-hours * 3600) }

    static func entry(_ n: Int, _ payload: EntryPayload, hoursAgo hours: Double, by author: UserRecord) -> Entry {
        Entry(id: F.id(n), municipality: 707, child: childID, payload: payload, occurredAt: hoursAgo(hours),
              recordedAt: hoursAgo(hours), author: author.id)
    }

    /// A short course: a teacher's notification, the caseworker taking the case, a concern and a note.
    static let entries = [
        entry(101, .notification(Notification(notifierKind: .professional, notifierUser: F.professional.id, profession: .teacher,
                                              description: "Alma kommer ofte sulten i skole og har blå mærker på armene.",
                                              notifierName: "Tine Lærer", notifierContact: "tine@grenaa-skole.dk")),
              hoursAgo: 72, by: F.professional),
        entry(102, .caseworkerAssigned(CaseworkerAssignment(caseworker: F.caseworker.id)), hoursAgo: 70, by: F.lead),
        entry(103, .concern(Concern(level: .atRisk, source: .teacher, description: "Blå mærker set igen i idrætstimen.")),
              hoursAgo: 48, by: F.caseworker),
        entry(104, .journalNote(JournalNote(text: "Ringede til mor; møde aftalt på fredag.")), hoursAgo: 2, by: F.caseworker),
    ]

    static func page(_ user: UserRecord = F.caseworker, filter: TimelineFilter = TimelineFilter()) throws -> ChildPageModel {
        let timeline = Timeline(entries)
        let staff = [F.lead, F.caseworker, F.professional]
        let summary = ChildSummary(child: childID, isOpen: true, caseworker: F.caseworker.id, team: F.team.id, concernLevel: .atRisk,
                                   openedAt: hoursAgo(72), lastEntryAt: hoursAgo(2), entryCount: entries.count, caseworkerChanges: 1)
        let obligation = OpenObligation(rule: DeadlineRule.urgencyAssessment.id, child: childID, childName: child.fullName, trigger: F.id(101),
                                        action: nil, due: hoursAgo(48), assignee: .caseworker(F.caseworker.id), isPriority: true,
                                        assignedSince: hoursAgo(70), note: nil, team: F.team.id, district: F.team.district)
        return ChildPageModel(user: user, child: child, summary: summary, timeline: timeline,
                              staff: Dictionary(uniqueKeysWithValues: staff.map { ($0.id, $0) }), assignable: [F.lead, F.caseworker],
                              obligations: [obligation],
                              people: [(mother, Relation(child: childID, person: mother.id, kind: .mother, hasCustody: true))],
                              filter: filter, offers: try OfferCatalogue(offers: []), state: timeline.state(), grounds: .ownTeam)
    }

    static var childPath: String { SiteURL.child(childID).path }

    /// The page of a longer course: a conversation with the child and a network meeting last year, a sibling the
    /// reader may open and one they may not.
    static func longerPage(filter: TimelineFilter = TimelineFilter()) throws -> ChildPageModel {
        let earlier = [
            entry(105, .childConversation(ChildConversation(heldBy: F.caseworker.id, place: "På skolen",
                                                            outcome: .childsWords("Jeg kan godt lide min lærer."))),
                  hoursAgo: 24 * 400, by: F.caseworker),
            entry(106, .networkMeeting(NetworkMeeting(participants: .init(child: false, parents: true, network: false,
                                                                         professions: [.healthVisitor, .teacher]),
                                                      worries: "Fravær", workingWell: "Mormor hjælper", needsToHappen: "Morgenrutine",
                                                      safetyScale: 6,
                                                      actions: [.init(id: F.id(107), what: "Ringe hjem", owner: F.professional.id,
                                                                      due: LocalDate(year: 2025, month: 11, day: 1)!)])),
                  hoursAgo: 24 * 390, by: F.caseworker),
        ]
        var model = try page(filter: filter)
        let timeline = Timeline(entries + earlier)
        model = ChildPageModel(user: model.user, child: model.child, summary: model.summary, timeline: timeline, staff: model.staff,
                               assignable: model.assignable, obligations: model.obligations, people: model.people, filter: filter,
                               offers: model.offers, state: timeline.state(), grounds: .ownTeam)
        model.siblings = [HouseholdSibling(item: ChildListItem(id: F.id(40), name: "Anton Andersen", birthDate: LocalDate(year: 2011, month: 5, day: 9)!,
                                                               district: F.team.district, isOpen: true, concernLevel: .vulnerable, caseworker: F.caseworker.id,
                                                               caseworkerName: F.caseworker.displayName, team: F.team.id, lastEntryAt: hoursAgo(24)),
                                           kinship: .full, livesWith: true)]
        model.hiddenSiblings = [HouseholdSibling(item: ChildListItem(id: F.id(41), name: "Skjult Barn", birthDate: LocalDate(year: 2019, month: 2, day: 1)!,
                                                                     district: "Område Nord", isOpen: true, concernLevel: nil, caseworker: nil,
                                                                     caseworkerName: nil, team: nil, lastEntryAt: nil),
                                                 kinship: .half, livesWith: false, placed: true)]
        return model
    }

    func testALongerCourseByYearWithTheHouseholdAndItsPrint() throws {
        let model = try Self.longerPage()
        assertPageSnapshots(named: "longer", user: F.caseworker, path: Self.childPath) { context in
            ChildPageView.body(model, refusal: nil, context)
        }
        let earlier = try Self.longerPage(filter: TimelineFilter(year: 2025))
        assertPageSnapshots(named: "print-2025", user: F.caseworker, path: Self.childPath) { context in
            ChildPageView.printBody(earlier, earlier.timelinePart(today: DanishTime.localDate(of: context.now)), context)
        }
    }

    func testTheChildPage() throws {
        let model = try Self.page()
        assertPageSnapshots(named: "caseworker", user: F.caseworker, path: Self.childPath) { context in
            ChildPageView.body(model, refusal: nil, context)
        }
    }

    func testTheChildPageWithARefusedNote() throws {
        let model = try Self.page()
        assertPageSnapshots(named: "note-refused", user: F.caseworker, path: Self.childPath) { context in
            let refusal = Refusal(form: "note", field: "text", message: Strings.error(.textMissing)(context.language),
                                  values: FormValues(["text": "  ", "occurredAt": "2026-11-26T09:30", "occurredAtShown": "2026-11-26T09:58"]))
            return ChildPageView.body(model, refusal: refusal, context)
        }
    }

    func testTheChildrenLists() {
        let children = [
            ChildListItem(id: Self.childID, name: "Alma Andersen", birthDate: Self.child.birthDate, district: F.team.district, isOpen: true,
                          concernLevel: .atRisk, caseworker: F.caseworker.id, caseworkerName: F.caseworker.displayName, team: F.team.id,
                          lastEntryAt: Self.hoursAgo(2)),
            ChildListItem(id: F.id(11), name: "Bo Berg", birthDate: LocalDate(year: 2019, month: 8, day: 14)!, district: F.team.district,
                          isOpen: true, concernLevel: nil, caseworker: nil, caseworkerName: nil, team: F.team.id, lastEntryAt: nil),
        ]
        assertPageSnapshots(named: "mine", user: F.caseworker, path: SiteURL.children.path) { context in
            ChildrenListView.body(ChildrenListModel(kind: .mine, team: nil, children: Array(children.prefix(1))), context)
        }
        assertPageSnapshots(named: "team", user: F.lead, path: SiteURL.team.path) { context in
            ChildrenListView.body(ChildrenListModel(kind: .team, team: F.team, children: children), context)
        }
        assertPageSnapshots(named: "mine-empty", user: F.caseworker, path: SiteURL.children.path) { context in
            ChildrenListView.body(ChildrenListModel(kind: .mine, team: nil, children: []), context)
        }
    }

    func testRegisteringAChild() {
        let model = RegistrationModel(districts: ["Område Grenaa", "Område Rønde"], cpr: "0203141234")
        assertPageSnapshots(named: "form", user: F.caseworker, path: SiteURL.childrenNew.path) { context in
            RegistrationView.body(model, refusal: nil, context)
        }
        assertPageSnapshots(named: "refused", user: F.caseworker, path: SiteURL.children.path) { context in
            let refusal = Refusal(field: "givenName", message: Strings.error(.nameMissing)(context.language),
                                  values: FormValues(["cpr": "020314-1234", "givenName": " ", "familyName": "Andersen",
                                                      "district": "Område Rønde", "institution": "Rønde Skole"]))
            return RegistrationView.body(model, refusal: refusal, context)
        }
    }

    func testCorrectingAConcern() throws {
        let model = try CorrectionModel(page: try Self.page(), entryID: F.id(103))
        let path = SiteURL.child(Self.childID, .correct(.value(F.id(103)))).path
        assertPageSnapshots(named: "form", user: F.caseworker, path: path) { context in
            CorrectionView.body(model, refusal: nil, context)
        }
        assertPageSnapshots(named: "refused", user: F.caseworker, path: path) { context in
            let refusal = Refusal(form: model.formName, field: "reason", message: Strings.error(.textMissing)(context.language),
                                  values: FormValues(["reason": "", "level": "5", "source": "teacher", "description": "Blå mærker", "void": "1"]))
            return CorrectionView.body(model, refusal: refusal, context)
        }
    }

    func testTheExport() throws {
        let page = try Self.page()
        let export = ExportModel.Export(
            exportedAt: F.now,
            child: .init(id: Self.childID, cpr: "020314-1234", givenName: "Alma", familyName: "Andersen", birthDate: "2014-03-02",
                         sex: "female", district: F.team.district, institution: "Grenaa Skole"),
            family: [.init(givenName: "Mette", familyName: "Andersen", relation: "mother", hasCustody: true)],
            journal: ApiController.entryDTOs(page.timeline, showsNotifier: false),
            accessLog: [.init(at: Self.hoursAgo(1), who: F.caseworker.displayName, role: "caseworker", action: "viewChild"),
                        .init(at: F.now, who: F.caseworker.displayName, role: "caseworker", action: "exportChild")])
        assertPageSnapshots(named: "caseworker", user: F.caseworker, path: SiteURL.child(Self.childID, .export).path) { context in
            ExportView.body(ExportModel(page: page, export: export), context)
        }
    }

    func testTheAccessLog() {
        let log = [
            AuditRecord(id: F.id(200), at: Self.hoursAgo(1), user: F.caseworker.id, userDisplayName: F.caseworker.displayName,
                        userRole: .caseworker, action: .viewChild, child: Self.childID, entry: nil),
            AuditRecord(id: F.id(201), at: Self.hoursAgo(30), user: nil, userDisplayName: nil, userRole: nil, action: .breakGlass,
                        child: Self.childID, entry: nil),
        ]
        assertPageSnapshots(named: "lead", user: F.lead, path: SiteURL.child(Self.childID, .accessLog).path) { context in
            AccessLogView.body(AccessLogModel(child: Self.child, log: log), context)
        }
    }

    func testBreakingTheGlass() {
        let grant = AccessGrant(id: F.id(300), user: F.outreach.id, userDisplayName: F.outreach.displayName, child: Self.childID,
                                childName: Self.child.fullName, reason: "Skolen ringede; barnets rådgiver er syg <b>i dag</b>",
                                grantedAt: Self.hoursAgo(26), expiresAt: Self.hoursAgo(22))
        assertPageSnapshots(named: "review", user: F.lead, path: SiteURL.breakGlassReview.path) { context in
            BreakGlassView.review(BreakGlassReviewModel(grants: [grant]), context)
        }
        assertPageSnapshots(named: "review-empty", user: F.lead, path: SiteURL.breakGlassReview.path) { context in
            BreakGlassView.review(BreakGlassReviewModel(grants: []), context)
        }
        let offer = BreakGlassOfferModel(child: Self.childID, hours: 4)
        assertPageSnapshots(named: "offer", user: F.caseworker, path: Self.childPath) { context in
            BreakGlassView.offer(offer, refusal: nil, context)
        }
        assertPageSnapshots(named: "offer-refused", user: F.caseworker, path: SiteURL.child(Self.childID, .breakGlass).path) { context in
            let refusal = Refusal(field: "reason", message: Strings.error(.textMissing)(context.language), values: FormValues(["reason": "  "]))
            return BreakGlassView.offer(offer, refusal: refusal, context)
        }
    }

    func testTheFamilysAccounts() {
        let account = FamilyAccountRecord(id: F.id(400), child: Self.childID, reader: .parent(Self.mother.id), username: "mette.a",
                                          passwordHash: "x", codeExpiresAt: nil, activatedAt: Self.hoursAgo(50), createdBy: F.caseworker.id,
                                          createdAt: Self.hoursAgo(60), revokedAt: nil)
        let people = [(person: Self.mother, relation: Relation(child: Self.childID, person: Self.mother.id, kind: .mother, hasCustody: true))]
        let path = SiteURL.child(Self.childID, .family).path
        var model = FamilyAccessModel(child: Self.child, people: people, accounts: [account], age: 12, partyAge: 10)
        model.code = (reader: .child, code: ActivationCode(account: F.id(401), code: "K7QD-M2XA-94RT", expiresAt: F.now.addingTimeInterval(7 * 86_400)))
        let shown = model
        assertPageSnapshots(named: "code-shown", user: F.caseworker, path: path) { context in
            FamilyAccessView.body(shown, refusal: nil, context)
        }
        let young = FamilyAccessModel(child: Self.child, people: people, accounts: [], age: 8, partyAge: 10)
        assertPageSnapshots(named: "young-refused", user: F.caseworker, path: path) { context in
            let refusal = Refusal(field: nil, message: Strings.error(.familyAccountUnknown)(context.language), values: FormValues())
            return FamilyAccessView.body(young, refusal: refusal, context)
        }
    }
}
