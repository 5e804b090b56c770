import Foundation
import Plot
import Vapor
import SporDomain
import SporStore

/// The caseworker's side of the portal: make an account for the child (from 10) or a parent with custody, hand
/// over the one-time code, make a new code, or close an account. Opens only children the user may open.
enum FamilyAccessController {
    @Sendable static func show(_ request: Request) async throws -> Response {
        let model = try await ChildPageModel.load(request, for: .managingCase)
        return try await page(request, model, code: nil, error: nil)
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let model = try await ChildPageModel.load(request, for: .managingCase)
        let choice = (try? request.content.get(String.self, at: "reader")) ?? ""
        let reader: FamilyReader = choice == "child" ? .child : .parent(UUID(uuidString: choice) ?? UUID())
        do {
            let code = try await request.store.createFamilyAccount(child: model.child.id, reader: reader, by: model.user.id, now: request.now,
                                                                   rules: request.spor.configuration.courseRules)
            return try await page(request, model, code: (reader, code), error: nil, status: .created)
        } catch let error as DomainError {
            return try await page(request, model, code: nil, error: error, status: .unprocessableEntity)
        }
    }

    @Sendable static func renewCode(_ request: Request) async throws -> Response {
        let model = try await ChildPageModel.load(request, for: .managingCase)
        let account = try accountID(request)
        do {
            let code = try await request.store.renewActivationCode(account: account, child: model.child.id, by: model.user.id, now: request.now)
            let reader = try await request.store.familyAccount(id: account)?.reader ?? .child
            return try await page(request, model, code: (reader, code), error: nil)
        } catch let error as DomainError {
            return try await page(request, model, code: nil, error: error, status: .unprocessableEntity)
        }
    }

    @Sendable static func revoke(_ request: Request) async throws -> Response {
        let model = try await ChildPageModel.load(request, for: .managingCase)
        do {
            try await request.store.revokeFamilyAccount(try accountID(request), child: model.child.id, by: model.user.id, now: request.now)
        } catch let error as DomainError {
            return try await page(request, model, code: nil, error: error, status: .unprocessableEntity)
        }
        request.session.data["notice"] = Strings.accountClosed(request.language)
        return request.redirect(to: "/children/\(model.child.id.uuidString)/family", redirectType: .normal)
    }

    private static func accountID(_ request: Request) throws -> UUID {
        guard let id = request.parameters.get("accountID").flatMap(UUID.init(uuidString:)) else { throw DomainError(.familyAccountUnknown) }
        return id
    }

    private static func page(_ request: Request, _ model: ChildPageModel, code: (FamilyReader, ActivationCode)?, error: DomainError?,
                             status: HTTPStatus = .ok) async throws -> Response {
        let accounts = try await request.store.familyAccounts(child: model.child.id)
        let age = model.child.birthDate.age(on: DanishTime.localDate(of: request.now))
        let custody = model.people.filter { $0.relation.hasCustody }
        let base = "/children/\(model.child.id.uuidString)/family"
        let portalURL = "/portal/activate"
        return Page.render(request, title: Strings.familyAccessTitle(request.language), status: status) { context in
            let name = { (reader: FamilyReader) -> String in
                switch reader {
                case .child: "\(model.child.fullName) (\(context.t(Strings.accountChild)))"
                case .parent(let person): model.people.first { $0.person.id == person }?.person.fullName ?? "—"
                }
            }
            let open = Set(accounts.filter { $0.revokedAt == nil }.map(\.reader))
            let choices: [(String, String)] = (age >= request.spor.configuration.courseRules.partyAge && !open.contains(.child)
                                               ? [("child", name(.child))] : [])
                + custody.filter { !open.contains(.parent($0.person.id)) }.map { ($0.person.id.uuidString, name(.parent($0.person.id))) }
            return .div(
                .p(.a(.href("/children/\(model.child.id.uuidString)"), .plain("← \(model.child.fullName)"))),
                .h1(.plain(context.t(Strings.familyAccessTitle))),
                .p(.plain(context.t(Strings.familyAccessIntro))),
                .unwrap(code) { reader, code in
                    .p(.class("notice code-shown"), .id("activation-code"), .attribute(named: "role", value: "status"),
                       .plain(context.t(Strings.codeShownOnce, name(reader), code.code, Format.dateTime(code.expiresAt, context.language), portalURL)))
                },
                .unwrap(error) { .p(.class("error"), .attribute(named: "role", value: "alert"), .plain(context.t(Strings.error($0.code)))) },
                accounts.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.noAccounts))) :
                    .table(.class("list"), .id("family-accounts"),
                        Components.columnHeaders([Strings.accountFor, Strings.username, Strings.accountState, Strings.actionsColumn], context),
                        .tbody(.forEach(accounts) { account in
                            let state: String = if let revoked = account.revokedAt {
                                context.t(Strings.accountRevoked, Format.dateTime(revoked, context.language))
                            } else if let activated = account.activatedAt {
                                context.t(Strings.accountActive, Format.dateTime(activated, context.language))
                            } else if let expires = account.codeExpiresAt, expires > context.now {
                                context.t(Strings.accountWaiting, Format.dateTime(expires, context.language))
                            } else {
                                context.t(Strings.accountCodeExpired)
                            }
                            return .tr(
                                .td(.plain(name(account.reader))),
                                .td(.plain(account.username ?? "—")),
                                .td(.plain(state)),
                                .td(.if(account.revokedAt == nil, .group(
                                    .form(.action("\(base)/\(account.id.uuidString)/code"), .method(.post), .class("inline"),
                                          csrfField(context), .button(.type(.submit), .plain(context.t(Strings.newCode)))),
                                    .form(.action("\(base)/\(account.id.uuidString)/revoke"), .method(.post), .class("inline"),
                                          csrfField(context), .button(.type(.submit), .plain(context.t(Strings.revokeAccount))))))))
                        })),
                .if(age < request.spor.configuration.courseRules.partyAge, .p(.class("meta"), .plain(context.t(Strings.childTooYoungForAccount)))),
                .if(!choices.isEmpty, .form(.id("family-account-form"), .action(base), .method(.post), .class("narrow"),
                    csrfField(context),
                    Components.field(context.t(Strings.accountFor), id: "reader",
                        Components.select(id: "reader", name: "reader", choices.enumerated().map { index, choice in
                            Components.option(value: choice.0, text: choice.1, selected: index == 0)
                        })),
                    .button(.id("family-account-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.createAccount))))))
        }
    }
}
